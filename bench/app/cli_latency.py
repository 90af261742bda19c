#!/usr/bin/env python3
"""Send-to-decrypted latency between two sotto-cli processes through the test server.

bob runs `sotto-cli listen --json` for the whole run; alice runs one `sotto-cli send`
per message, as a script would. The latency of a message is bob's stored timestamp (the
moment his process decrypted and stored it; live messages carry no delay) minus alice's
(the moment her process called send(), after it had signed in): her device-list reads,
bundle fetch (first message), encryption, the server hop, and bob's decrypt and store.
Both processes share this machine's clock. Process start, profile open and sign-in are
not in the figure; they are reported apart.

Run under the test services (a throwaway Prosody and keyring, as the tests use):
  cmake --build build/appbench-release --target sotto-cli
  bash -c 'source scripts/lib/services.sh; sotto_services_start; trap sotto_services_stop EXIT;
           bench/app/cli_latency.py build/appbench-release/app/cli/sotto-cli 100'
"""
import json
import os
import queue
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid


def percentile(values, fraction):
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def main() -> int:
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    cli = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    env = os.environ
    host, tls_port = env.get("SOTTO_TEST_XMPP_HOST"), env.get("SOTTO_TEST_XMPP_TLS_PORT")
    domain = env.get("SOTTO_TEST_XMPP_DOMAIN", "localhost")
    if not host or not tls_port:
        print("no test server: run through scripts/bench-app", file=sys.stderr)
        return 77
    with tempfile.TemporaryDirectory() as directory:
        passphrase = os.path.join(directory, "passphrase")
        with open(passphrase, "w", encoding="utf-8") as file:
            file.write("cli latency benchmark\n")

        def arguments(profile):
            return [cli, "--profile", os.path.join(directory, profile), "--json", "--passphrase-file",
                    passphrase, "--keychain-service", "sotto-cli-latency", "--server", f"{host}:{tls_port}",
                    "--direct-tls", "--pin-cert", env.get("SOTTO_TEST_XMPP_CERT_SHA256", "")]

        def run(profile, *command):
            done = subprocess.run(arguments(profile) + list(command), capture_output=True, text=True,
                                  timeout=120)
            if done.returncode != 0:
                raise RuntimeError(f"sotto-cli {command[0]} exited {done.returncode}: {done.stderr[-1500:]}")
            return [json.loads(line) for line in done.stdout.splitlines() if line.strip()]

        suffix = uuid.uuid4().hex[:8]
        alice, bob = f"lata{suffix}@{domain}", f"latb{suffix}@{domain}"
        run("alice", "account", "register", alice, "pw-a")
        run("bob", "account", "register", bob, "pw-b")

        listener = subprocess.Popen(arguments("bob") + ["listen"], stdout=subprocess.PIPE, text=True)
        received = queue.Queue()

        def read():
            for line in listener.stdout:
                if line.strip():
                    received.put(json.loads(line))

        threading.Thread(target=read, daemon=True).start()
        time.sleep(3)  # bob's listen signs in and catches up before the first message

        latencies, process_seconds = [], []
        try:
            for i in range(count):
                body = f"latency {i} {uuid.uuid4().hex[:6]}"
                started = time.monotonic()
                sent = run("alice", "send", bob, body)[0]
                process_seconds.append(time.monotonic() - started)
                while True:
                    message = received.get(timeout=60)
                    if message.get("body") == body:
                        break
                if message.get("error"):
                    raise RuntimeError(f"bob could not decrypt: {message['error']}")
                latencies.append(message["timestamp"] - sent["timestamp"])
        finally:
            listener.terminate()
            listener.wait(timeout=30)

    steady = latencies[1:]
    print(f"messages: {count} (one sotto-cli send process each)")
    print(f"first message (PreKey, bundle fetch): {latencies[0]} ms")
    print(f"following messages: p50 {percentile(steady, 0.50)} ms, p99 {percentile(steady, 0.99)} ms, "
          f"max {max(steady)} ms, mean {statistics.mean(steady):.1f} ms")
    print(f"one `sotto-cli send` process (start, Argon2 unlock, sign-in, send, ack): "
          f"p50 {percentile(process_seconds, 0.5):.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
