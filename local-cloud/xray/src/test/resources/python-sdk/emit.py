"""Sends traces with the AWS X-Ray SDK for Python to the daemon at AWS_XRAY_DAEMON_ADDRESS.

Prints one line per trace: "<kind> <trace id>". Used by PythonSdkIT (live) and capture.py (fixtures).
"""
import os
import sys
import time

from aws_xray_sdk.core import xray_recorder


def whole_segment():
    """A segment sent whole, with a DynamoDB call, a remote call and an annotation."""
    xray_recorder.configure(streaming_threshold=100)
    segment = xray_recorder.begin_segment('python-orders')
    segment.put_annotation('order_id', 'py-1')
    segment.put_http_meta('url', 'http://localhost:8080/orders')
    segment.put_http_meta('method', 'POST')
    segment.put_http_meta('status', 201)
    sub = xray_recorder.begin_subsegment('DynamoDB', namespace='aws')
    sub.set_aws({'operation': 'PutItem', 'region': 'us-east-1', 'table_name': 'Orders'})
    sub.put_http_meta('status', 200)
    time.sleep(0.01)
    xray_recorder.end_subsegment()
    remote = xray_recorder.begin_subsegment('payments.example.com', namespace='remote')
    remote.put_http_meta('url', 'https://payments.example.com/charge')
    remote.put_http_meta('method', 'POST')
    remote.put_http_meta('status', 503)
    remote.add_fault_flag()
    xray_recorder.end_subsegment()
    xray_recorder.end_segment()
    return segment.trace_id


def streamed_segment():
    """A segment whose subsegments are streamed as independent subsegment documents."""
    xray_recorder.configure(streaming_threshold=0)
    segment = xray_recorder.begin_segment('python-streamed')
    outer = xray_recorder.begin_subsegment('handler')
    inner = xray_recorder.begin_subsegment('DynamoDB', namespace='aws')
    inner.set_aws({'operation': 'GetItem', 'region': 'us-east-1', 'table_name': 'Inventory'})
    xray_recorder.end_subsegment()
    xray_recorder.end_subsegment()
    xray_recorder.end_segment()
    return segment.trace_id


def main():
    xray_recorder.configure(sampling=False, context_missing='LOG_ERROR',
                            daemon_address=os.environ['AWS_XRAY_DAEMON_ADDRESS'])
    print('whole', whole_segment())
    print('streamed', streamed_segment())
    sys.stdout.flush()


if __name__ == '__main__':
    main()
