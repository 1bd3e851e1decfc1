"""Records the datagrams emit.py sends, as the fixture datagrams.txt (base64, one per line).

Run from this directory: python3 capture.py > datagrams.txt
The first line is "# captured-at <epoch seconds>", for the fixed clock of PythonSdkFixtureTest.
"""
import base64
import os
import socket
import subprocess
import sys
import time

sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
sock.bind(('127.0.0.1', 0))
sock.settimeout(2.0)
port = sock.getsockname()[1]
env = dict(os.environ, AWS_XRAY_DAEMON_ADDRESS='127.0.0.1:%d' % port)
started = time.time()
out = subprocess.run([sys.executable, 'emit.py'], env=env, capture_output=True, text=True, check=True).stdout
print('# captured-at %d' % int(started))
for line in out.splitlines():
    print('# ' + line)
try:
    while True:
        data, _ = sock.recvfrom(65536)
        print(base64.b64encode(data).decode('ascii'))
except socket.timeout:
    pass
