"""Two Syncthing instances on 127.0.0.1 that share one folder, for scripts/sync-check
(standard library only).

Each instance gets its own home (keys, config, database, log), its own GUI/REST port and
its own sync listen address `tcp://127.0.0.1:PORT`. config.xml is written before the
first start (robust with Syncthing 1.19: nothing depends on REST calls being accepted
while the instance is still starting): no global or local discovery, no relays, no NAT,
no usage or crash reporting, no upgrades, the peer's address given explicitly, and the
shared folder with the file watcher on and a 1 s watcher delay.
"""

import copy
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

FOLDER_ID = "samtal-session"
# The session folder's local-only names (docs/session-format.md): Syncthing reads
# .stignore only at the root of a shared folder, so each side needs its own copy.
STIGNORE = ".samtal-local\n*.lock\ndraft*.txt\n*.tmp\n.*.tmp\n"
OPTIONS = {
    "globalAnnounceEnabled": "false",
    "localAnnounceEnabled": "false",
    "relaysEnabled": "false",
    "natEnabled": "false",
    "startBrowser": "false",
    "urAccepted": "-1",  # usage reporting declined for good
    "crashReportingEnabled": "false",
    "autoUpgradeIntervalH": "0",
    "restartOnWakeup": "false",
    "announceLANAddresses": "false",
}
ENVIRONMENT = {"STNORESTART": "1", "STNOUPGRADE": "1", "STNODEFAULTFOLDER": "1"}


class SyncCheckError(Exception):
    """Something the check cannot go on without; the message says what and where."""


def ensure_syncthing():
    """The syncthing binary; installs Debian's package first if it is missing."""
    found = shutil.which("syncthing")
    if found:
        return found
    if os.geteuid() != 0:
        raise SyncCheckError("syncthing is not installed; run: sudo apt-get install -y syncthing")
    install = ["apt-get", "install", "-y", "syncthing"]
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    if subprocess.run(install, env=env, capture_output=True).returncode != 0:
        # A fresh machine may not have read the package lists yet.
        subprocess.run(["apt-get", "update"], env=env, capture_output=True)
        done = subprocess.run(install, env=env, capture_output=True, text=True)
        if done.returncode != 0:
            raise SyncCheckError(f"apt-get install syncthing failed:\n{done.stderr[-2000:]}")
    found = shutil.which("syncthing")
    if not found:
        raise SyncCheckError("apt-get installed syncthing but it is not on PATH")
    return found


def syncthing_version(binary):
    """The version word of `syncthing --version`, e.g. `v1.19.2-ds1`."""
    done = subprocess.run([binary, "--version"], capture_output=True, text=True, timeout=10)
    words = (done.stdout or done.stderr).split()
    return next((w for w in words if w.startswith("v")), " ".join(words[:2]))


def free_ports(count):
    """`count` distinct loopback ports that were free a moment ago."""
    sockets = []
    try:
        for _ in range(count):
            s = socket.socket()
            s.bind(("127.0.0.1", 0))
            sockets.append(s)
        return [s.getsockname()[1] for s in sockets]
    finally:
        for s in sockets:
            s.close()


class Instance:
    """One Syncthing: `name` (A or B), its home, the shared folder's path on this side."""

    def __init__(self, binary, name, home, folder, gui_port, listen_port):
        self.binary, self.name = binary, name
        self.home, self.folder = Path(home), Path(folder)
        self.gui_port, self.listen_port = gui_port, listen_port
        self.api_key = secrets.token_urlsafe(24)
        self.log_path = self.home / "syncthing.log"
        self.process = None
        self.device_id = None
        self.watcher_delay_s = 1

    def generate(self):
        """Keys and a first config.xml in the home; learns the device id."""
        self.home.mkdir(parents=True, exist_ok=True)
        cmd = [self.binary, "generate", f"--home={self.home}", "--no-default-folder"]
        cmd.append("--skip-port-probing")
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
        if done.returncode != 0:
            raise SyncCheckError(f"syncthing generate ({self.name}) failed: {done.stderr}")
        ask = [self.binary, "serve", f"--home={self.home}", "--device-id"]
        self.device_id = subprocess.run(ask, capture_output=True, text=True).stdout.strip()
        if len(self.device_id) != 63:
            raise SyncCheckError(f"no device id from {' '.join(ask)}: {self.device_id!r}")

    def write_config(self, peer, folder_id, stignore=STIGNORE):
        """config.xml with the peer device, the shared folder and the options above;
        the folder (with its .stfolder marker and .stignore) is created here."""
        path = self.home / "config.xml"
        tree = ET.parse(path)
        root = tree.getroot()
        defaults = root.find("defaults")
        own = root.find("device")
        own.set("name", self.name)
        other = copy.deepcopy(defaults.find("device"))
        other.set("id", peer.device_id)
        other.set("name", peer.name)
        other.find("address").text = f"tcp://127.0.0.1:{peer.listen_port}"
        root.insert(list(root).index(own) + 1, other)
        root.insert(0, self._folder_element(defaults, peer, folder_id))
        root.find("gui/address").text = f"127.0.0.1:{self.gui_port}"
        root.find("gui/apikey").text = self.api_key
        options = root.find("options")
        options.find("listenAddress").text = f"tcp://127.0.0.1:{self.listen_port}"
        for key, value in OPTIONS.items():
            element = options.find(key)
            if element is None:
                element = ET.SubElement(options, key)
            element.text = value
        tree.write(path, encoding="utf-8", xml_declaration=False)
        (self.folder / ".stfolder").mkdir(parents=True, exist_ok=True)
        if stignore is not None:
            (self.folder / ".stignore").write_text(stignore)

    def _folder_element(self, defaults, peer, folder_id):
        folder = copy.deepcopy(defaults.find("folder"))
        folder.set("id", folder_id)
        folder.set("label", folder_id)
        folder.set("path", str(self.folder))
        folder.set("fsWatcherEnabled", "true")
        folder.set("fsWatcherDelayS", str(self.watcher_delay_s))
        mine = folder.find("device")  # the defaults share with this device only
        theirs = copy.deepcopy(mine)
        theirs.set("id", peer.device_id)
        folder.insert(list(folder).index(mine) + 1, theirs)
        return folder

    def start(self):
        cmd = [self.binary, "serve", f"--home={self.home}", "--no-browser", "--no-restart"]
        cmd += ["--no-upgrade", "--logflags=7"]
        log = open(self.log_path, "ab")
        self.process = subprocess.Popen(
            cmd,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            env=dict(os.environ, **ENVIRONMENT),
            start_new_session=True,  # Ctrl+C reaches this script only; it stops us in order
        )
        log.close()

    def api(self, path, method="GET", timeout=5):
        """A REST call with the API key; the parsed JSON answer (None when empty)."""
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.gui_port}{path}",
            method=method,
            headers={"X-API-Key": self.api_key},
        )
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            body = answer.read()
        return json.loads(body) if body.strip() else None

    def alive(self):
        return self.process is not None and self.process.poll() is None

    def log_tail(self, lines=15):
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"

    def stop(self):
        """Asks for a clean shutdown over REST, then SIGTERM, then SIGKILL."""
        if not self.alive():
            return
        try:
            self.api("/rest/system/shutdown", method="POST", timeout=3)
        except (OSError, urllib.error.URLError, ValueError):
            pass
        group = self.process.pid  # its own session, so its own process group
        for sig, wait in ((None, 10), (signal.SIGTERM, 5), (signal.SIGKILL, 5)):
            if sig is not None:
                # The group: Syncthing 1.19 runs a second process under the one we
                # started (also with --no-restart), and that one holds the sockets.
                try:
                    os.killpg(group, sig)
                except ProcessLookupError:
                    return
            try:
                self.process.wait(wait)
                return
            except subprocess.TimeoutExpired:
                continue

    def pids(self):
        """The process we started and its descendants (read from /proc)."""
        parents = {}
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    stat = (entry / "stat").read_text()
                except OSError:
                    continue
                parents[int(entry.name)] = int(stat[stat.rindex(")") + 2 :].split()[1])
        found = [self.process.pid]
        for pid in found:
            found += [child for child, parent in parents.items() if parent == pid]
        return found


class Pair:
    """Instances A and B in `root` (home-a/, home-b/) sharing `folder_id`, kept at
    `folder_a` and `folder_b` (default root/A and root/B). `timings` holds seconds
    from the start of both processes to: REST answering, connected, folder idle."""

    def __init__(
        self, binary, root, folder_id=FOLDER_ID, folder_a=None, folder_b=None, watcher_delay_s=1
    ):
        self.root = Path(root)
        self.folder_id = folder_id
        gui_a, gui_b, listen_a, listen_b = free_ports(4)
        folder_a = folder_a or self.root / "A"
        folder_b = folder_b or self.root / "B"
        self.a = Instance(binary, "A", self.root / "home-a", folder_a, gui_a, listen_a)
        self.b = Instance(binary, "B", self.root / "home-b", folder_b, gui_b, listen_b)
        for one in self.both:
            one.watcher_delay_s = watcher_delay_s
        self.timings = {}

    @property
    def both(self):
        return (self.a, self.b)

    def start(self, timeout=90, stignore=STIGNORE):
        for one in self.both:
            one.generate()
        self.a.write_config(self.b, self.folder_id, stignore)
        self.b.write_config(self.a, self.folder_id, stignore)
        started = time.monotonic()
        for one in self.both:
            one.start()
        deadline = started + timeout
        self._wait("REST API answering", deadline, self._api_up)
        self.timings["api_s"] = time.monotonic() - started
        self._wait("devices connected", deadline, self._connected)
        self.timings["connected_s"] = time.monotonic() - started
        self.wait_settled(deadline - time.monotonic())
        self.timings["idle_s"] = time.monotonic() - started

    def _wait(self, what, deadline, ready, poll=0.1):
        last_error = None
        while time.monotonic() < deadline:
            for one in self.both:
                if not one.alive():
                    raise SyncCheckError(
                        f"Syncthing {one.name} exited with {one.process.returncode} while "
                        f"waiting for: {what}\n--- {one.log_path} ---\n{one.log_tail()}"
                    )
            try:
                if ready():
                    return
            except (OSError, urllib.error.URLError, ValueError, KeyError) as error:
                last_error = error
            time.sleep(poll)
        logs = "\n".join(f"--- {one.log_path} ---\n{one.log_tail()}" for one in self.both)
        raise SyncCheckError(f"timed out waiting for: {what} (last error: {last_error})\n{logs}")

    def _api_up(self):
        return all(one.api("/rest/system/ping").get("ping") == "pong" for one in self.both)

    def _connected(self):
        for one, other in ((self.a, self.b), (self.b, self.a)):
            links = one.api("/rest/system/connections")["connections"]
            if not links.get(other.device_id, {}).get("connected"):
                return False
        return True

    def folder_status(self, one):
        return one.api(f"/rest/db/status?folder={self.folder_id}")

    def settled(self):
        """Both connected, the folder idle with nothing to pull on both sides, and each
        side's view of the other at 100 %."""
        if not self._connected():
            return False
        for one, other in ((self.a, self.b), (self.b, self.a)):
            status = self.folder_status(one)
            if status["state"] != "idle" or status.get("needTotalItems", 0) != 0:
                return False
            query = f"/rest/db/completion?folder={self.folder_id}&device={other.device_id}"
            if one.api(query)["completion"] < 100:
                return False
        return True

    def wait_settled(self, timeout):
        deadline = time.monotonic() + timeout
        self._wait("folder idle and in sync on both sides", deadline, self.settled)

    def folder_errors(self):
        """Per side, the folder errors Syncthing reports (pull errors), as text."""
        found = {}
        for one in self.both:
            answer = one.api(f"/rest/folder/errors?folder={self.folder_id}") or {}
            found[one.name] = [f"{e['path']}: {e['error']}" for e in answer.get("errors") or []]
        return found

    def stop(self):
        for one in self.both:
            one.stop()


def sockets_off_loopback(pids):
    """The sockets of the given processes (from `ss`): {"seen": how many, "off_loopback":
    those bound or connected to anything but loopback}. An empty list with sockets seen
    is the proof that nothing left the machine. None when `ss` is not installed."""
    if not shutil.which("ss"):
        return None
    listing = subprocess.run(["ss", "-tuanpH"], capture_output=True, text=True).stdout
    outside, seen = [], 0
    for line in listing.splitlines():
        if not any(f"pid={pid}," in line for pid in pids):
            continue
        seen += 1
        fields = line.split()
        local, peer = fields[4], fields[5]
        if not _loopback(local) or not (_loopback(peer) or _unconnected(peer)):
            outside.append(" ".join(fields[:6]))
    return {"seen": seen, "off_loopback": outside}


def _host(address):
    return address.rsplit(":", 1)[0].strip("[]")


def _loopback(address):
    host = _host(address)
    return host.startswith("127.") or host in ("::1", "::ffff:127.0.0.1") or (
        host.startswith("::ffff:127.")
    )


def _unconnected(address):
    return _host(address) in ("*", "0.0.0.0", "::")
