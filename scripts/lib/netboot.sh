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

# The virtio NIC driver of Debian's kernel and what it needs, in insmod order (there is no modprobe in the
# initramfs, and the kernel builds all of them as modules).
NETBOOT_MODULES=(virtio_ring virtio virtio_pci_legacy_dev virtio_pci_modern_dev virtio_pci failover net_failover virtio_net)

# require_netboot_guest_tools: what booting QEMU guests needs on top of require_netboot_tools: QEMU (TCG), the iPXE
# option ROMs of its NICs, OVMF (UEFI), a static busybox for the initramfs, and cpio to pack it.
require_netboot_guest_tools() {
  require_netboot_tools
  require_commands qemu-system-x86_64:qemu-system-x86 cpio:cpio
  local missing=()
  [[ -f /usr/lib/ipxe/qemu/efi-virtio.rom ]] || missing+=(ipxe-qemu)
  [[ -f /usr/share/ovmf/OVMF.fd ]] || missing+=(ovmf)
  # The initramfs has no libraries: its busybox must be the static build.
  [[ -x /bin/busybox ]] && ! LC_ALL=C ldd /bin/busybox >/dev/null 2>&1 || missing+=(busybox-static)
  if ((${#missing[@]})); then apt_install "${missing[@]}"; fi
  [[ -f /usr/lib/ipxe/qemu/efi-virtio.rom && -f /usr/share/ovmf/OVMF.fd ]] || die "ipxe-qemu or ovmf installed no files"
}

# The versioned kernel package that apt would install for linux-image-amd64 (its candidate's dependency), or nothing.
_netboot_kernel_package() {
  apt-cache depends linux-image-amd64 2>/dev/null | sed -n 's/^ *Depends: \(linux-image-[^ ]*-amd64\)$/\1/p' | head -n 1 || true
}

# netboot_kernel: makes DIR/vmlinuz and DIR/modules/*.ko (NETBOOT_MODULES) from Debian's current linux-image-amd64,
# which is downloaded, not installed. Kept under the cache directory by kernel version, so that a rerun skips the
# 70 MB download; prints the directory it used.
netboot_kernel() {
  local cache="${SYSMGMT_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/sysmgmt}/netboot-kernel" package
  # The meta package depends on the versioned one (linux-image-6.1.0-NN-amd64); apt's lists say which, offline.
  package="$(_netboot_kernel_package)"
  if [[ -z "$package" ]]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null 2>&1 || true
    package="$(_netboot_kernel_package)"
  fi
  if [[ -z "$package" ]]; then
    # Offline without lists: a kernel cached earlier still does.
    local cached
    cached="$(find "$cache" -mindepth 1 -maxdepth 1 -name 'linux-image-*' 2>/dev/null | sort | tail -n 1)"
    [[ -n "$cached" && -f "$cached/vmlinuz" ]] || die "apt knows no linux-image-amd64 (apt-get update failed?) and no kernel is cached in $cache"
    printf '%s\n' "$cached"
    return
  fi
  local dir="$cache/$package"
  if [[ ! -f "$dir/vmlinuz" ]]; then
    local scratch
    scratch="$(mktemp -d)"
    log "Downloading $package (about 70 MB, once; cached in $dir)…"
    # apt-get download writes to the working directory; as root it warns that the download is unsandboxed.
    (cd "$scratch" && apt-get download -q "$package" >/dev/null 2>&1) || { rm -rf "$scratch"; die "apt-get download $package failed"; }
    dpkg-deb -x "$scratch"/"$package"_*.deb "$scratch/root" || { rm -rf "$scratch"; die "could not unpack $package"; }
    mkdir -p "$dir.partial/modules"
    cp "$scratch"/root/boot/vmlinuz-* "$dir.partial/vmlinuz"
    local module file
    for module in "${NETBOOT_MODULES[@]}"; do
      file="$(find "$scratch/root/lib/modules" -name "$module.ko" | head -n 1)"
      [[ -n "$file" ]] || { rm -rf "$scratch" "$dir.partial"; die "$package has no $module.ko"; }
      cp "$file" "$dir.partial/modules/"
    done
    rm -rf "$scratch" "$dir"
    mv "$dir.partial" "$dir"
  fi
  printf '%s\n' "$dir"
}

# When run rather than sourced: install, for a sysadmin or a test.
if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  set -euo pipefail
  require_netboot_tools
  log "dnsmasq, busybox (udhcpc), iproute2 and iPXE ($NETBOOT_IPXE_DIR) are installed."
fi
