#!/usr/bin/env python3
"""test_interop_omemo: sotto-cli and an independent legacy-OMEMO peer talk both ways.

Usage: interop_omemo_test.py PATH_TO_SOTTO_CLI

The peer (omemo_peer.py) is python-omemo + oldmemo on slixmpp, Debian's packages, sharing
no code with Sotto. Against the throwaway Prosody of scripts/lib/services.sh:
  1. Sotto starts: its first message is a PreKey message the peer must accept and decrypt,
     the peer's reply is a normal message on the session Sotto built, then one more each way.
  2. The peer starts with a second Sotto profile: the peer's PreKey message is what Sotto
     must accept, then replies both ways.
Exits 77 (skipped) without the Python modules or the test server.
"""

import asyncio
import json
import logging
import os
import subprocess
import sys
import tempfile
import uuid

SKIP = 77
TIMEOUT = 45  # seconds for one sotto-cli run or one awaited message


def skip(why: str) -> None:
    print(f"SKIP: {why}", file=sys.stderr)
    sys.exit(SKIP)


sys.dont_write_bytecode = True  # no __pycache__ in the source tree
try:
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from omemo_peer import OmemoPeer
except ImportError as missing:
    skip(f"python modules for the OMEMO peer missing ({missing}): "
         "apt-get install python3-slixmpp python3-omemo python3-oldmemo python3-xmlschema")


class Server:
    def __init__(self) -> None:
        self.host = os.environ.get("SOTTO_TEST_XMPP_HOST", "")
        self.port = int(os.environ.get("SOTTO_TEST_XMPP_PORT", "0") or 0)
        self.tls_port = int(os.environ.get("SOTTO_TEST_XMPP_TLS_PORT", "0") or 0)
        self.domain = os.environ.get("SOTTO_TEST_XMPP_DOMAIN", "localhost")
        self.cert = os.environ.get("SOTTO_TEST_XMPP_CERT", "")
        self.cert_sha256 = os.environ.get("SOTTO_TEST_XMPP_CERT_SHA256", "")
        self.ctl = os.environ.get("SOTTO_TEST_SERVER_CTL", "")

    def register(self, user: str, password: str) -> None:
        subprocess.run([self.ctl, "register", user, password], check=True, timeout=60,
                       stdout=subprocess.DEVNULL)


class Cli:
    """sotto-cli as a script uses it: one process per command, JSON lines out."""

    def __init__(self, binary: str, server: Server, directory: str, profile: str) -> None:
        passphrase = os.path.join(directory, "passphrase")
        if not os.path.exists(passphrase):
            with open(passphrase, "w", encoding="utf-8") as file:
                file.write("interop test passphrase\n")
        self.arguments = [binary, "--profile", os.path.join(directory, profile), "--json",
                          "--passphrase-file", passphrase, "--keychain-service", "sotto-interop-test",
                          "--server", f"{server.host}:{server.tls_port}", "--direct-tls",
                          "--pin-cert", server.cert_sha256]

    async def run(self, *command: str) -> "list[dict]":
        process = await asyncio.create_subprocess_exec(
            *self.arguments, *command, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
        try:
            out, err = await asyncio.wait_for(process.communicate(), TIMEOUT + 15)
        except asyncio.TimeoutError:
            process.kill()
            await process.wait()
            raise AssertionError(f"sotto-cli {command[0]} did not finish")
        if process.returncode != 0:
            raise AssertionError(f"sotto-cli {' '.join(command[:1])} exited {process.returncode}: "
                                 f"{err.decode(errors='replace')[-2000:]}")
        return [json.loads(line) for line in out.decode().splitlines() if line.strip()]

    async def register(self, jid: str, password: str) -> int:
        lines = await self.run("account", "register", jid, password)
        return int(lines[0]["deviceId"])

    async def send(self, to: str, text: str) -> None:
        lines = await self.run("send", to, text)
        assert lines and lines[0]["state"] in ("sent", "delivered"), f"send gave {lines}"

    async def receive(self, sender: str, text: str) -> None:
        lines = await self.run("listen", "--count", "1", "--timeout", str(TIMEOUT))
        assert len(lines) == 1, f"listen gave {lines}"
        message = lines[0]
        assert message["from"] == sender, f"from {message['from']}, expected {sender}"
        assert message["error"] == "", f"Sotto could not decrypt: {message['error']}"
        assert message["encrypted"] is True, "stored as unencrypted"
        assert message["body"] == text, f"body {message['body']!r}, expected {text!r}"


async def sotto_to_peer(cli: "Cli", cli_jid: str, peer: OmemoPeer, peer_jid: str, text: str,
                        prekey: bool) -> None:
    await cli.send(peer_jid, text)
    got_sender, got_text, got_prekey = await peer.next_text(TIMEOUT)
    assert got_sender == cli_jid, f"peer got a message from {got_sender}, expected {cli_jid}"
    assert got_text == text, f"peer decrypted {got_text!r}, expected {text!r}"
    assert got_prekey == prekey, f"{text!r}: PreKey message {got_prekey}, expected {prekey}"


async def peer_to_sotto(peer: OmemoPeer, peer_jid: str, cli: "Cli", cli_jid: str, text: str,
                        prekey: bool) -> None:
    sent_prekey = await peer.send_text(cli_jid, text)
    assert sent_prekey == prekey, f"{text!r}: peer sent a PreKey message {sent_prekey}, expected {prekey}"
    await cli.receive(peer_jid, text)


def hex_digits(fingerprint: str) -> str:
    return "".join(c for c in fingerprint.lower() if c in "0123456789abcdef")


async def expect_same_fingerprints(peer: OmemoPeer, cli: "Cli", cli_jid: str, peer_jid: str) -> None:
    sotto_own = (await cli.run("fingerprint"))[0]
    peer_view = await peer.fingerprints(cli_jid)
    assert peer_view == {sotto_own["deviceId"]: hex_digits(sotto_own["fingerprint"])}, (
        f"peer sees {peer_view}, Sotto shows {sotto_own}")
    sotto_view = {line["deviceId"]: hex_digits(line["fingerprint"])
                  for line in await cli.run("devices", peer_jid)}
    assert sotto_view == await peer.fingerprints(), (
        f"Sotto sees {sotto_view}, the peer has {await peer.fingerprints()}")


async def main(binary: str) -> None:
    server = Server()
    if not server.host or not server.tls_port or not server.ctl:
        skip("no XMPP test server (run through scripts/test)")
    tag = uuid.uuid4().hex[:8]
    peer_user = f"pypeer{tag}"
    peer_jid = f"{peer_user}@{server.domain}"
    server.register(peer_user, "pw-peer")

    with tempfile.TemporaryDirectory(prefix="sotto-interop-") as directory:
        alice_jid, bob_jid = f"ialice{tag}@{server.domain}", f"ibob{tag}@{server.domain}"
        alice = Cli(binary, server, directory, "alice")
        bob = Cli(binary, server, directory, "bob")
        await alice.register(alice_jid, "pw-a")
        await bob.register(bob_jid, "pw-b")

        peer = OmemoPeer(peer_jid, "pw-peer", ca_file=server.cert or None)
        await peer.start(server.host, server.tls_port, direct_tls=True)
        try:
            # Sotto first: PreKey message from Sotto, session built passively by python-omemo,
            # which answers it at once with an empty key-transport message (session completion).
            await sotto_to_peer(alice, alice_jid, peer, peer_jid, "hello from Sotto ✓", prekey=True)
            await peer_to_sotto(peer, peer_jid, alice, alice_jid, "hello back from python-omemo", prekey=False)
            await sotto_to_peer(alice, alice_jid, peer, peer_jid, "second from Sotto", prekey=False)
            await peer_to_sotto(peer, peer_jid, alice, alice_jid, "second from python", prekey=False)

            # The peer first: PreKey message from python-omemo, session built by Sotto.
            await peer_to_sotto(peer, peer_jid, bob, bob_jid, "python starts 🐍", prekey=True)
            await sotto_to_peer(bob, bob_jid, peer, peer_jid, "Sotto answers", prekey=False)
            await peer_to_sotto(peer, peer_jid, bob, bob_jid, "python again", prekey=False)
            await sotto_to_peer(bob, bob_jid, peer, peer_jid, "Sotto again", prekey=False)
            assert peer.pending_error() is None, peer.pending_error()

            # Both sides see the same identity keys (python-omemo converts between Ed25519 and
            # Curve25519 forms, where a wrong sign bit would show).
            await expect_same_fingerprints(peer, alice, alice_jid, peer_jid)
            await expect_same_fingerprints(peer, bob, bob_jid, peer_jid)

            # The peer's empty key-transport message completed alice's session: it must not
            # show up as a message or a "could not decrypt" placeholder.
            history = await alice.run("history", peer_jid)
            assert sorted(m["body"] for m in history) == sorted([
                "hello from Sotto ✓", "hello back from python-omemo", "second from Sotto",
                "second from python"]), f"alice's history: {history}"
            assert all(m["error"] == "" for m in history), f"alice's history: {history}"
        finally:
            peer.disconnect()
    print("interop: Sotto and python-omemo/oldmemo exchanged 8 messages in both directions")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    logging.basicConfig(level=os.environ.get("SOTTO_INTEROP_LOG", "WARNING"))
    asyncio.run(main(sys.argv[1]))
