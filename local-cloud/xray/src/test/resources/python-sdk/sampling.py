"""Fetches sampling rules and targets from the daemon as the Python SDK's centralized sampler does.

Prints the rule names, then the target rule names with their reservoir quotas.
"""
import os

from aws_xray_sdk.core.sampling.connector import ServiceConnector

host, port = os.environ['AWS_XRAY_DAEMON_ADDRESS'].split(':')
connector = ServiceConnector()
connector.setup_xray_client(host, int(port), None)
rules = connector.fetch_sampling_rules()
print('rules', ' '.join(rule.name for rule in rules))
for rule in rules:
    rule.increment_request_count()
    rule.increment_sampled_count()
targets, last_modified = connector.fetch_sampling_target(rules)
print('targets', ' '.join('%s=%s' % (name, target['quota']) for name, target in sorted(targets.items())))
print('last-modified', last_modified)
