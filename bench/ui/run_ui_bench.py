#!/usr/bin/env python3
"""Issue 7's start-up benchmark: Sotto on the 1,000,000-message profile, a bare Qt Quick
Controls window and Kaidan (Debian) on an empty profile, in one run under a private Xvfb.

Run through scripts/bench-ui, which builds the programs first. For each round the three
programs start one after the other (interleaved, so a load spike hurts all of them); the
first round warms the page cache and the QML disk caches and is not counted. Reports the
median of the counted rounds as a Markdown table and keeps every run's JSON in --out.

Sotto and the bare window measure themselves (app/gui/BenchmarkProbe: first frame that
shows the conversation list with rows / the page, since the kernel started the process;
RSS and PSS from /proc/self/smaps_rollup). Kaidan (Qt 5) is measured from outside: its
first frame is the first "frame rendered" line of Qt's qt.scenegraph.time.renderloop log
(stamped with %{time boot}) after the driver started it, RSS/PSS from /proc/PID/smaps_rollup
5 s later. That frame is its window's first, not necessarily a fully populated one.
"""
import argparse
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BIG_CONVERSATION = "peer0@example.org"  # kLargestPeer in bench/storage/ProfileGenerator.h
RUN_TIMEOUT_S = 240


def bench_passphrase():
    # The generator's constant, read from its header so there is one place that says it.
    header = (ROOT / "bench/storage/ProfileGenerator.h").read_text()
    return re.search(r'kBenchPassphrase = QStringLiteral\("([^"]+)"\)', header).group(1)


def now_ms():
    return time.clock_gettime(time.CLOCK_BOOTTIME) * 1000.0


def load_average():
    return open("/proc/loadavg").read().split()[:3]


def smaps_rollup(pid):
    values = {}
    with open(f"/proc/{pid}/smaps_rollup") as rollup:
        for line in rollup:
            parts = line.split()
            if len(parts) == 3 and parts[0] in ("Rss:", "Pss:", "Pss_Anon:", "Pss_File:"):
                values[parts[0][:-1].lower() + "_kib"] = int(parts[1])
    return values


class Display:
    """A private Xvfb with a cookie, as scripts/lib/services.sh starts one for the tests."""

    def __init__(self, workdir):
        # -displayfd can name a display another Xvfb starting at the same moment takes;
        # then ours exits at once: try again.
        for _ in range(5):
            self._start(workdir)
            time.sleep(0.5)
            if self.process.poll() is None:
                return
        raise RuntimeError("Xvfb did not stay up")

    def _start(self, workdir):
        self.workdir = workdir
        cookie = os.urandom(16).hex()
        server_auth = workdir / "x11-server-auth"
        subprocess.run(["xauth", "-q", "-f", server_auth, "add", ":0", "MIT-MAGIC-COOKIE-1", cookie], check=True)
        read_fd, write_fd = os.pipe()
        self.process = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp",
             "-noreset", "-auth", server_auth],
            pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write_fd)
        number = os.read(read_fd, 16).decode().strip()
        os.close(read_fd)
        if not number.isdigit():
            raise RuntimeError("Xvfb did not start")
        self.client_auth = workdir / "Xauthority"
        subprocess.run(["xauth", "-q", "-f", self.client_auth, "add", f":{number}", "MIT-MAGIC-COOKIE-1", cookie],
                       check=True)
        self.display = f":{number}"

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)


def base_environment(display, home):
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("QT_", "QML", "QSG_", "DBUS_", "XDG_"))}
    home.mkdir(parents=True, exist_ok=True)
    env.update({
        "DISPLAY": display.display, "XAUTHORITY": str(display.client_auth), "QT_QPA_PLATFORM": "xcb",
        "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data"),
        # Shared by all rounds: the warm-up round fills the QML disk caches.
        "XDG_CACHE_HOME": str(home.parent / "cache"),
        "XDG_RUNTIME_DIR": str(home / "runtime"),
        # No session bus (so no keychain and no portal round trips) for any of the three.
        "DBUS_SESSION_BUS_ADDRESS": f"unix:path={home}/no-bus",
    })
    (home / "runtime").mkdir(mode=0o700, exist_ok=True)
    return env


def run_probed(command, env, report):
    """Sotto or the bare window: the probe writes `report` and the program quits."""
    report.unlink(missing_ok=True)
    result = subprocess.run(command + ["--benchmark-report", str(report)], env=env, timeout=RUN_TIMEOUT_S,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if not report.exists():
        raise RuntimeError(f"{command[0]} wrote no report (exit {result.returncode}):\n{result.stderr[-2000:]}")
    figures = json.loads(report.read_text())
    if "error" in figures:
        raise RuntimeError(f"{command[0]}: {figures['error']}")
    return figures


def run_kaidan(env, settle_ms):
    env = dict(env)
    env["QT_LOGGING_RULES"] = "qt.scenegraph.time.renderloop=true"
    env["QT_MESSAGE_PATTERN"] = "%{time boot} %{category} %{message}"
    first_frame = {}
    started = threading.Event()

    def watch(stream):
        for line in stream:
            if "qt.scenegraph.time.renderloop" in line and "rendered" in line and not started.is_set():
                first_frame["boot_s"] = float(line.split()[0])
                started.set()

    start_ms = now_ms()
    # --multiple: a Kaidan left over from an earlier run must not make this one quit at once.
    process = subprocess.Popen(["kaidan", "--multiple"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    threading.Thread(target=watch, args=(process.stderr,), daemon=True).start()
    try:
        if not started.wait(RUN_TIMEOUT_S):
            raise RuntimeError("kaidan rendered no frame")
        # %{time boot} is Qt 5's QElapsedTimer::msecsSinceReference (CLOCK_MONOTONIC), which
        # equals CLOCK_BOOTTIME on a machine that never suspended (checked below).
        figures = {"first_frame_ms": first_frame["boot_s"] * 1000.0 - start_ms}
        time.sleep(settle_ms / 1000.0)
        figures.update({"settled_" + key: value for key, value in smaps_rollup(process.pid).items()})
        return figures
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def median(runs, key):
    values = [run[key] for run in runs if key in run]
    return statistics.median(values) if values else None


def fmt(value, scale=1.0, digits=0):
    return "—" if value is None else f"{value / scale:,.{digits}f}"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", required=True, type=Path)
    parser.add_argument("--profile", type=Path, help="1M-message profile (default: cached under the build dir)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--settle-ms", type=int, default=5000)
    parser.add_argument("--scroll-back", type=int, default=10000)
    parser.add_argument("--skip-kaidan", action="store_true")
    parser.add_argument("--out", type=Path, help="where the runs' JSON goes")
    args = parser.parse_args()

    build = args.build.resolve()
    profile = (args.profile or build / "bench-data/ui-profile-1m").resolve()
    if not (profile / "sotto.db").exists():
        partial = profile.with_name(profile.name + ".partial")
        shutil.rmtree(partial, ignore_errors=True)
        print(f"making the 1,000,000-message profile in {profile} (minutes)…", flush=True)
        subprocess.run([build / "bench/storage/make-profile", partial], check=True, stdout=subprocess.DEVNULL)
        partial.rename(profile)
    kaidan = not args.skip_kaidan and shutil.which("kaidan")
    if not args.skip_kaidan and not kaidan:
        sys.exit("kaidan is not installed (apt-get install kaidan), or pass --skip-kaidan")
    if abs(time.clock_gettime(time.CLOCK_BOOTTIME) - time.clock_gettime(time.CLOCK_MONOTONIC)) > 0.001:
        print("warning: this machine suspended since boot; Kaidan's first-frame time is off", file=sys.stderr)

    out = (args.out or build / "bench-ui" / time.strftime("%Y%m%d-%H%M%S")).resolve()
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="sotto-bench-ui-"))
    passphrase_file = work / "passphrase"
    passphrase_file.write_text(bench_passphrase() + "\n")
    passphrase_file.chmod(0o600)
    display = Display(work)
    loads = [load_average()]
    runs = {"sotto": [], "bare": [], "bare_software": [], "kaidan": []}
    try:
        for round_number in range(args.runs + 1):
            counted = round_number > 0
            label = f"round {round_number}" if counted else "warm-up round"
            figures = run_probed([str(build / "bench/ui/bench_ui_bare_window"),
                                  "--benchmark-settle-ms", str(args.settle_ms)],
                                 base_environment(display, work / f"bare-{round_number}"), out / "bare.json")
            print(f"{label}: bare {json.dumps(figures)}", flush=True)
            if counted:
                runs["bare"].append(figures)
            # Without a GPU Sotto draws with Qt Quick's software renderer (app/gui/GraphicsBackend):
            # the bare window on that renderer too is the like-for-like floor.
            software = base_environment(display, work / f"bare-software-{round_number}")
            software["QT_QUICK_BACKEND"] = "software"
            figures = run_probed([str(build / "bench/ui/bench_ui_bare_window"),
                                  "--benchmark-settle-ms", str(args.settle_ms)], software, out / "bare-software.json")
            print(f"{label}: bare, software renderer {json.dumps(figures)}", flush=True)
            if counted:
                runs["bare_software"].append(figures)
            figures = run_probed([str(build / "app/gui/sotto"), "--profile", str(profile),
                                  "--benchmark-passphrase-file", str(passphrase_file),
                                  # Nothing listens there: offline at once, as on a train.
                                  "--server", "127.0.0.1:1",
                                  "--benchmark-settle-ms", str(args.settle_ms),
                                  "--benchmark-conversation", BIG_CONVERSATION,
                                  "--benchmark-scroll-back", str(args.scroll_back)],
                                 base_environment(display, work / f"sotto-{round_number}"), out / "sotto.json")
            print(f"{label}: sotto {json.dumps(figures)}", flush=True)
            if counted:
                runs["sotto"].append(figures)
            if kaidan:
                figures = run_kaidan(base_environment(display, work / f"kaidan-{round_number}"), args.settle_ms)
                print(f"{label}: kaidan {json.dumps(figures)}", flush=True)
                if counted:
                    runs["kaidan"].append(figures)
            loads.append(load_average())
    finally:
        display.stop()
        shutil.rmtree(work, ignore_errors=True)
    (out / "runs.json").write_text(json.dumps({"runs": runs, "load_averages": loads}, indent=1))

    mib = 1024.0
    print(f"\nmedians of {args.runs} runs; load averages (1/5/15 min) during the runs: "
          + ", ".join("/".join(load) for load in loads))
    print("| program | first frame ms | RSS MiB +5 s | PSS MiB +5 s | RSS MiB after scrolling "
          f"{args.scroll_back:,} back | PSS MiB after | open 500k conversation ms | scroll ms |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    names = {"sotto": "Sotto, 1M-message profile", "bare": "bare Qt Quick Controls window",
             "bare_software": "bare window, software renderer",
             "kaidan": "Kaidan 0.8 (Debian, Qt 5), empty profile"}
    for key, name in names.items():
        if not runs[key]:
            continue
        r = runs[key]
        print(f"| {name} | {fmt(median(r, 'first_frame_ms'))} | {fmt(median(r, 'settled_rss_kib'), mib)} | "
              f"{fmt(median(r, 'settled_pss_kib'), mib)} | {fmt(median(r, 'after_scroll_rss_kib'), mib)} | "
              f"{fmt(median(r, 'after_scroll_pss_kib'), mib)} | {fmt(median(r, 'open_conversation_ms'), digits=1)} | "
              f"{fmt(median(r, 'scroll_ms'))} |")
    sotto_frame, bare_frame = median(runs["sotto"], "first_frame_ms"), median(runs["bare"], "first_frame_ms")
    sotto_rss, bare_rss = median(runs["sotto"], "settled_rss_kib"), median(runs["bare"], "settled_rss_kib")
    open_ms = median(runs["sotto"], "open_conversation_ms")
    print(f"\ngoals: first frame {sotto_frame / bare_frame:.2f}× the bare window's (goal ≤ 1.4×); "
          f"RSS bare + {(sotto_rss - bare_rss) / mib:.0f} MiB (goal ≤ + 40 MiB); "
          f"open {open_ms:.1f} ms (goal < 100 ms)")
    soft_frame = median(runs["bare_software"], "first_frame_ms")
    soft_rss = median(runs["bare_software"], "settled_rss_kib")
    print(f"against the bare window on the software renderer: first frame {sotto_frame / soft_frame:.2f}×, "
          f"RSS bare + {(sotto_rss - soft_rss) / mib:.0f} MiB")
    print(f"runs: {out}")


if __name__ == "__main__":
    main()
