import socket
import sys

s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("127.0.0.1", 8999))
s.listen(5)
s.settimeout(float(sys.argv[1]))
try:
    c, a = s.accept()
    print("CONNECTION RECEIVED from", a, c.recv(200))
except TimeoutError:
    print("no connection received")
