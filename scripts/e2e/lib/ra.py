"""Router advertisements with router lifetime 0 on one interface, every half second, until killed.

iPXE waits about 13 s for IPv6 autoconfiguration when no router answers; an advertisement that says "no router
here" (lifetime 0, no prefix) ends the wait at once. Used by scripts/e2e/netboot inside its network namespace.
Usage: python3 ra.py INTERFACE
"""
import socket
import struct
import sys
import time

interface = sys.argv[1]
index = socket.if_nametoindex(interface)
sock = socket.socket(socket.AF_INET6, socket.SOCK_RAW, socket.IPPROTO_ICMPV6)
# Hosts drop advertisements whose hop limit is not 255 (RFC 4861); the kernel fills in the ICMPv6 checksum.
sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_MULTICAST_HOPS, 255)
sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_MULTICAST_IF, index)
# type 134, code 0, checksum, current hop limit 64, flags 0 (no DHCPv6), router lifetime 0, reachable, retransmit.
advertisement = struct.pack("!BBHBBHII", 134, 0, 0, 64, 0, 0, 0, 0)
while True:
    try:
        sock.sendto(advertisement, ("ff02::1", 0, 0, index))
    except OSError:
        pass  # no link-local address yet (the bridge has no carrier until a guest's tap is up)
    time.sleep(0.5)
