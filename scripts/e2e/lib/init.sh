#!/bin/busybox sh
# shellcheck shell=dash
# /init of the netboot end-to-end test's initramfs (scripts/e2e/netboot): a stand-in for cloud-init. It brings the
# NIC up with DHCP, reads the NoCloud seed (ds=nocloud-net;s=URL/) and the referral token that BSS put on the kernel
# command line, prints meta-data, user-data and the secret user-data between markers on the console, POSTs
# phone-home, and powers off. Every line it prints starts with E2E-INIT or is a marker, for the test to read.
/bin/busybox --install -s /bin
export PATH=/bin
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev
echo "E2E-INIT: started"

# No modprobe and no modules.dep here: the modules are loaded in the order the image lists them.
while read -r module; do
  insmod "/modules/$module.ko" || echo "E2E-INIT: insmod $module failed"
done </modules/order

seed="" token=""
# The command line is one line of space-separated words.
# shellcheck disable=SC2013
for word in $(cat /proc/cmdline); do
  case "$word" in
    ds=nocloud-net\;s=*) seed="${word#ds=nocloud-net;s=}" ;;
    bss_referral_token=*) token="${word#bss_referral_token=}" ;;
  esac
done
# The token is a secret: the console shows that it came, not what it is.
echo "E2E-INIT: cmdline $(sed 's/bss_referral_token=[^ ]*/bss_referral_token=(hidden)/' /proc/cmdline)"

ip link set eth0 up
udhcpc -i eth0 -q -n -t 5 -T 2 -s /etc/udhcpc.script || echo "E2E-INIT: no DHCP lease"

# busybox 1.35's `wget -T` segfaults; timeout bounds each request instead.
fetch() { timeout 20 wget -q -O - "$@"; }
section() {
  name="$1"
  shift
  echo "===== $name BEGIN ====="
  fetch "$@" || echo "E2E-INIT: $name request failed"
  echo
  echo "===== $name END ====="
}

if [ -z "$seed" ]; then
  echo "E2E-INIT: no ds=nocloud-net;s= on the kernel command line"
else
  section META-DATA "${seed}meta-data"
  section USER-DATA "${seed}user-data"
  section SECRET-USER-DATA "${seed}user-data?token=$token"
  instance="$(fetch "${seed}meta-data" | sed -n 's/.*"instance-id": *"\([^"]*\)".*/\1/p')"
  host="$(fetch "${seed}meta-data" | sed -n 's/.*"local-hostname": *"\([^"]*\)".*/\1/p')"
  section PHONE-HOME --post-data "instance_id=$instance&hostname=$host&fqdn=$host&pub_key_rsa=ssh-rsa%20e2e" "${seed}phone-home"
fi
echo "E2E-INIT: done"
poweroff -f
