# shellcheck shell=bash
# What network boot needs on a Debian machine, for `sysmgmt dhcp` (docs/dhcp.md) and its end-to-end test: dnsmasq
# (the DHCP and TFTP server; dnsmasq-base is the binary without Debian's default service, which would serve DNS on
# every interface), Debian's iPXE binaries for the TFTP root, busybox (udhcpc, the test's DHCP client) and iproute2
# (network namespaces). Sourcing defines functions only.
# shellcheck source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

# The iPXE binaries that `sysmgmt dhcp config` serves by default.
NETBOOT_IPXE_DIR=/usr/lib/ipxe

# require_netboot_tools: installs (apt-get, as root) whatever of the above is missing.
require_netboot_tools() {
  # Debian puts dnsmasq and ip in /usr/sbin, which a user's PATH may lack.
  PATH="$PATH:/usr/sbin:/sbin" require_commands dnsmasq:dnsmasq-base busybox:busybox ip:iproute2
  if [[ ! -f "$NETBOOT_IPXE_DIR/undionly.kpxe" || ! -f "$NETBOOT_IPXE_DIR/ipxe.efi" ]]; then
    apt_install ipxe
  fi
  busybox udhcpc --help >/dev/null 2>&1 || die "this busybox has no udhcpc applet"
}

# When run rather than sourced: install, for a sysadmin or a test.
if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  set -euo pipefail
  require_netboot_tools
  log "dnsmasq, busybox (udhcpc), iproute2 and iPXE ($NETBOOT_IPXE_DIR) are installed."
fi
