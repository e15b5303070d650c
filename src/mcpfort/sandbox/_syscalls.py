"""Low-level Linux hardening through ctypes: no-new-privs, landlock, seccomp, capabilities.

Dangerous primitives live here, behind an underscore, so the rest of mcpfort asks for a
sandbox spec and never builds a BPF program by hand.  Stdlib only: the in-sandbox helper
imports this module under ``python3 -I -S``.  x86_64 and aarch64 syscall numbers; anything
else reports seccomp as unavailable rather than guessing.
"""

from __future__ import annotations

import ctypes
import errno
import os
import struct

__all__ = ["libc", "no_new_privs", "landlock_abi", "landlock_restrict", "seccomp_available",
           "seccomp_filter", "drop_capabilities", "DENIED_SYSCALLS"]

libc = ctypes.CDLL(None, use_errno=True)
libc.syscall.restype = ctypes.c_long
MACHINE = os.uname().machine  # not platform.machine(): importing platform costs ~6 ms per sandbox start

PR_SET_NO_NEW_PRIVS = 38
PR_CAPBSET_DROP = 24
PR_SET_SECCOMP = 22
SECCOMP_MODE_FILTER = 2

_NR = {
    "x86_64": {"landlock_create_ruleset": 444, "landlock_add_rule": 445, "landlock_restrict_self": 446,
               "ptrace": 101, "process_vm_readv": 310, "process_vm_writev": 311, "bpf": 321,
               "perf_event_open": 298, "userfaultfd": 323, "keyctl": 250, "add_key": 248, "request_key": 249,
               "mount": 165, "umount2": 166, "pivot_root": 155, "chroot": 161, "fsopen": 430, "fsconfig": 431,
               "fsmount": 432, "fspick": 433, "open_tree": 428, "move_mount": 429, "mount_setattr": 442,
               "unshare": 272, "setns": 308, "io_uring_setup": 425, "io_uring_enter": 426,
               "io_uring_register": 427, "kexec_load": 246, "kexec_file_load": 320, "init_module": 175,
               "finit_module": 313, "delete_module": 176, "reboot": 169, "swapon": 167, "swapoff": 168,
               "acct": 163, "quotactl": 179, "syslog": 103, "iopl": 172, "ioperm": 173,
               "open_by_handle_at": 304, "name_to_handle_at": 303, "settimeofday": 164, "clock_settime": 227,
               "adjtimex": 159, "clock_adjtime": 305, "sethostname": 170, "setdomainname": 171,
               "lookup_dcookie": 212, "vhangup": 153, "clone": 56, "clone3": 435, "ioctl": 16},
    "aarch64": {"landlock_create_ruleset": 444, "landlock_add_rule": 445, "landlock_restrict_self": 446,
                "ptrace": 117, "process_vm_readv": 270, "process_vm_writev": 271, "bpf": 280,
                "perf_event_open": 241, "userfaultfd": 282, "keyctl": 219, "add_key": 217, "request_key": 218,
                "mount": 40, "umount2": 39, "pivot_root": 41, "chroot": 51, "fsopen": 430, "fsconfig": 431,
                "fsmount": 432, "fspick": 433, "open_tree": 428, "move_mount": 429, "mount_setattr": 442,
                "unshare": 97, "setns": 268, "io_uring_setup": 425, "io_uring_enter": 426,
                "io_uring_register": 427, "kexec_load": 104, "kexec_file_load": 294, "init_module": 105,
                "finit_module": 273, "delete_module": 106, "reboot": 142, "swapon": 224, "swapoff": 225,
                "acct": 89, "quotactl": 60, "syslog": 116, "open_by_handle_at": 265, "name_to_handle_at": 264,
                "settimeofday": 170, "clock_settime": 112, "adjtimex": 171, "clock_adjtime": 266,
                "sethostname": 161, "setdomainname": 162, "lookup_dcookie": 18, "vhangup": 58,
                "clone": 220, "clone3": 435, "ioctl": 29},
}.get(MACHINE, {})
_AUDIT_ARCH = {"x86_64": 0xC000003E, "aarch64": 0xC00000B7}.get(MACHINE)

# What a tool server never needs: debugging other processes, kernel extension points, namespaces,
# mounts, io_uring (a syscall tunnel seccomp cannot see into), keyrings, clocks, modules.
DENIED_SYSCALLS = (
    "ptrace", "process_vm_readv", "process_vm_writev", "bpf", "perf_event_open", "userfaultfd",
    "keyctl", "add_key", "request_key", "mount", "umount2", "pivot_root", "chroot", "fsopen", "fsconfig",
    "fsmount", "fspick", "open_tree", "move_mount", "mount_setattr", "unshare", "setns",
    "io_uring_setup", "io_uring_enter", "io_uring_register", "kexec_load", "kexec_file_load",
    "init_module", "finit_module", "delete_module", "reboot", "swapon", "swapoff", "acct", "quotactl",
    "syslog", "iopl", "ioperm", "open_by_handle_at", "name_to_handle_at", "settimeofday", "clock_settime",
    "adjtimex", "clock_adjtime", "sethostname", "setdomainname", "lookup_dcookie", "vhangup",
)
CLONE_NAMESPACE_FLAGS = 0x7E020080  # NEWNS|NEWCGROUP|NEWUTS|NEWIPC|NEWUSER|NEWPID|NEWNET|NEWTIME
TIOCSTI, TIOCLINUX = 0x5412, 0x541C  # inject keystrokes into the terminal


def _check(result: int, what: str) -> int:
    if result < 0:
        err = ctypes.get_errno()
        raise OSError(err, f"{what}: {os.strerror(err)}")
    return result


def no_new_privs() -> None:
    _check(libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0), "prctl(PR_SET_NO_NEW_PRIVS)")


def drop_capabilities() -> None:
    """Empty the bounding set and the effective/permitted/inheritable sets."""
    for cap in range(64):
        if libc.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) < 0 and ctypes.get_errno() == errno.EINVAL:
            break
    header = struct.pack("II", 0x20080522, 0)  # _LINUX_CAPABILITY_VERSION_3, this thread
    data = bytes(24)
    _check(libc.capset(ctypes.c_char_p(header), ctypes.c_char_p(data)), "capset")


# -- landlock ------------------------------------------------------------------------------
LL_FS_EXECUTE, LL_FS_WRITE_FILE, LL_FS_READ_FILE, LL_FS_READ_DIR = 1, 2, 4, 8
_LL_FS_BY_ABI = {1: (1 << 13) - 1, 2: (1 << 14) - 1, 3: (1 << 15) - 1, 4: (1 << 15) - 1, 5: (1 << 16) - 1}
_LL_FILE_ACCESS = LL_FS_EXECUTE | LL_FS_WRITE_FILE | LL_FS_READ_FILE | (1 << 14) | (1 << 15)  # + TRUNCATE, IOCTL_DEV
LL_NET_BIND_TCP, LL_NET_CONNECT_TCP = 1, 2
LL_SCOPE_ABSTRACT_UNIX, LL_SCOPE_SIGNAL = 1, 2


def landlock_abi() -> int:
    """The landlock ABI version the kernel offers, or 0."""
    nr = _NR.get("landlock_create_ruleset")
    if nr is None:
        return 0
    version = libc.syscall(nr, None, ctypes.c_size_t(0), ctypes.c_uint32(1))  # LANDLOCK_CREATE_RULESET_VERSION
    return max(0, version)


def landlock_restrict(read: list[str], write: list[str], connect_ports: list[int] | None) -> int:
    """Allow reading/executing under ``read`` and everything under ``write``; TCP only to ``connect_ports``.

    Returns the ABI used.  Paths that do not exist are skipped (nothing to grant).
    """
    abi = landlock_abi()
    if abi < 1:
        raise OSError(errno.ENOSYS, "landlock is not available in this kernel")
    fs_all = _LL_FS_BY_ABI.get(abi, _LL_FS_BY_ABI[5])
    net = LL_NET_BIND_TCP | LL_NET_CONNECT_TCP if abi >= 4 and connect_ports is not None else 0
    scoped = LL_SCOPE_ABSTRACT_UNIX | LL_SCOPE_SIGNAL if abi >= 6 else 0
    attr = struct.pack("QQQ", fs_all, net, scoped)
    size = 24 if abi >= 6 else 16 if abi >= 4 else 8
    fd = _check(libc.syscall(_NR["landlock_create_ruleset"], ctypes.c_char_p(attr[:size]), ctypes.c_size_t(size),
                             ctypes.c_uint32(0)), "landlock_create_ruleset")
    try:
        read_bits = LL_FS_EXECUTE | LL_FS_READ_FILE | LL_FS_READ_DIR
        for paths, bits in ((read, read_bits), (write, fs_all)):
            for path in paths:
                try:
                    pfd = os.open(path, os.O_PATH | os.O_CLOEXEC)
                except OSError:
                    continue
                try:
                    allowed = bits if os.path.isdir(path) else bits & _LL_FILE_ACCESS
                    rule = struct.pack("=Qi", allowed, pfd)
                    _check(libc.syscall(_NR["landlock_add_rule"], fd, 1, ctypes.c_char_p(rule), 0),
                           f"landlock_add_rule({path})")
                finally:
                    os.close(pfd)
        for port in connect_ports or () if net else ():
            rule = struct.pack("QQ", LL_NET_CONNECT_TCP, port)
            _check(libc.syscall(_NR["landlock_add_rule"], fd, 2, ctypes.c_char_p(rule), 0), "landlock_add_rule(port)")
        _check(libc.syscall(_NR["landlock_restrict_self"], fd, 0), "landlock_restrict_self")
    finally:
        os.close(fd)
    return abi


# -- seccomp -------------------------------------------------------------------------------
_LD_W_ABS, _JEQ, _JSET, _RET = 0x20, 0x15, 0x45, 0x06
_RET_ALLOW, _RET_KILL_PROCESS = 0x7FFF0000, 0x80000000


def _errno(code: int) -> int:
    return 0x00050000 | code


def seccomp_available() -> bool:
    return bool(_NR) and _AUDIT_ARCH is not None


def _program() -> list[tuple[int, int, int, int]]:
    """The filter as (code, jt, jf, k) tuples; jumps are resolved here, relative to the next instruction."""
    denied = sorted({_NR[name] for name in DENIED_SYSCALLS if name in _NR})
    prog: list[tuple[int, int, int, int]] = []
    prog.append((_LD_W_ABS, 0, 0, 4))                       # arch
    prog.append((_JEQ, 1, 0, _AUDIT_ARCH))                  # other ABI (i386 on x86_64): kill
    prog.append((_RET, 0, 0, _RET_KILL_PROCESS))
    prog.append((_LD_W_ABS, 0, 0, 0))                       # syscall number
    if MACHINE == "x86_64":
        prog.append((_JSET, 0, 1, 0x40000000))              # x32 ABI: kill
        prog.append((_RET, 0, 0, _RET_KILL_PROCESS))
    for nr in denied:
        prog.append((_JEQ, 0, 1, nr))
        prog.append((_RET, 0, 0, _errno(errno.EPERM)))
    prog.append((_JEQ, 0, 1, _NR["clone3"]))                # clone3's flags are in memory: make libc use clone
    prog.append((_RET, 0, 0, _errno(errno.ENOSYS)))
    prog.append((_JEQ, 0, 4, _NR["clone"]))
    prog.append((_LD_W_ABS, 0, 0, 16))                      # args[0] = flags, low 32 bits
    prog.append((_JSET, 0, 1, CLONE_NAMESPACE_FLAGS))
    prog.append((_RET, 0, 0, _errno(errno.EPERM)))
    prog.append((_RET, 0, 0, _RET_ALLOW))
    prog.append((_JEQ, 0, 5, _NR["ioctl"]))
    prog.append((_LD_W_ABS, 0, 0, 16 + 8))                  # ioctl request (low 32 bits)
    prog.append((_JEQ, 1, 0, TIOCSTI))
    prog.append((_JEQ, 0, 1, TIOCLINUX))
    prog.append((_RET, 0, 0, _errno(errno.EPERM)))
    prog.append((_RET, 0, 0, _RET_ALLOW))
    prog.append((_RET, 0, 0, _RET_ALLOW))
    return prog


def seccomp_filter() -> int:
    """Install the filter on this thread (after no_new_privs); returns the number of instructions."""
    if not seccomp_available():
        raise OSError(errno.ENOSYS, f"no seccomp filter for the {MACHINE} architecture")
    prog = _program()
    raw = b"".join(struct.pack("HBBI", code, jt, jf, k) for code, jt, jf, k in prog)
    buf = ctypes.create_string_buffer(raw, len(raw))
    fprog = struct.pack("HxxxxxxQ", len(prog), ctypes.addressof(buf))
    _check(libc.prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, ctypes.c_char_p(fprog), 0, 0), "prctl(PR_SET_SECCOMP)")
    return len(prog)
