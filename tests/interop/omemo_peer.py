"""An independent legacy-OMEMO peer for Sotto's interoperability test.

Built only from Debian's python3-slixmpp (XMPP), python3-omemo (session management) and
python3-oldmemo (the eu.siacs.conversations.axolotl wire format, XEP-0384 v0.3), so that
it shares no code with Sotto: what Sotto sends, this peer must decrypt, and the other way
round. Debian 12 has no slixmpp-omemo, so the glue between the three lives here: device
list and bundles on PEP (publish-options access_model=open), blind trust, and keys in
memory (the peer lives as long as one test run).
"""

import asyncio
import logging
import ssl
from typing import Any, Dict, FrozenSet, Optional

import slixmpp
import xeddsa
from slixmpp.exceptions import IqError, IqTimeout

import omemo
import oldmemo
import oldmemo.etree
from omemo.storage import Just, Maybe, Nothing, Storage
from omemo.types import DeviceInformation, JSONType, TrustLevel

NS = oldmemo.oldmemo.NAMESPACE  # eu.siacs.conversations.axolotl
DEVICE_LIST_NODE = f"{NS}.devicelist"
BUNDLES_NODE_PREFIX = f"{NS}.bundles:"
BLIND_TRUST = "BLIND"
PUBLISH_OPTIONS_FORM = "http://jabber.org/protocol/pubsub#publish-options"

log = logging.getLogger("omemo_peer")


class MemoryStorage(Storage):
    """omemo's key/value store kept in a dict: the peer's identity lives for one run."""

    def __init__(self) -> None:
        super().__init__()
        self._values: Dict[str, JSONType] = {}

    async def _load(self, key: str) -> Maybe[JSONType]:
        return Just(self._values[key]) if key in self._values else Nothing()

    async def _store(self, key: str, value: JSONType) -> Any:
        self._values[key] = value

    async def _delete(self, key: str) -> Any:
        self._values.pop(key, None)


def _publish_options(xmpp: slixmpp.ClientXMPP):
    # Legacy OMEMO needs world-readable nodes: contacts fetch bundles without a subscription.
    form = xmpp["xep_0004"].make_form("submit")
    form.add_field(var="FORM_TYPE", ftype="hidden", value=PUBLISH_OPTIONS_FORM)
    form.add_field(var="pubsub#access_model", value="open")
    return form


async def _publish(xmpp: slixmpp.ClientXMPP, node: str, payload, failure: type) -> None:
    try:
        await xmpp["xep_0060"].publish(
            xmpp.boundjid.bare, node, id="current", payload=payload, options=_publish_options(xmpp)
        )
    except (IqError, IqTimeout) as error:
        raise failure(str(error)) from error


def _is_missing(error: IqError) -> bool:
    # Prosody says item-not-found for an absent node; a closed node reads as forbidden.
    return error.iq["error"]["condition"] in ("item-not-found", "forbidden", "not-authorized")


def make_session_manager_class(xmpp: slixmpp.ClientXMPP):
    """omemo.SessionManager's network hooks are static methods: bind them to one client."""

    class PeerSessionManager(omemo.SessionManager):
        @staticmethod
        async def _upload_bundle(bundle: omemo.Bundle) -> Any:
            assert isinstance(bundle, oldmemo.oldmemo.BundleImpl)
            await _publish(xmpp, f"{BUNDLES_NODE_PREFIX}{bundle.device_id}",
                           oldmemo.etree.serialize_bundle(bundle), omemo.BundleUploadFailed)

        @staticmethod
        async def _download_bundle(namespace: str, bare_jid: str, device_id: int) -> omemo.Bundle:
            try:
                result = await xmpp["xep_0060"].get_items(
                    bare_jid, f"{BUNDLES_NODE_PREFIX}{device_id}", max_items=1
                )
            except IqError as error:
                if _is_missing(error):
                    raise omemo.BundleNotFound(str(error)) from error
                raise omemo.BundleDownloadFailed(str(error)) from error
            except IqTimeout as error:
                raise omemo.BundleDownloadFailed("timeout") from error
            for item in result["pubsub"]["items"]:
                payload = item["payload"]
                if payload is not None:
                    return oldmemo.etree.parse_bundle(payload, bare_jid, device_id)
            raise omemo.BundleNotFound(f"empty bundle node for {bare_jid}/{device_id}")

        @staticmethod
        async def _delete_bundle(namespace: str, device_id: int) -> Any:
            try:
                await xmpp["xep_0060"].delete_node(xmpp.boundjid.bare, f"{BUNDLES_NODE_PREFIX}{device_id}")
            except IqError as error:
                if not _is_missing(error):
                    raise omemo.BundleDeletionFailed(str(error)) from error

        @staticmethod
        async def _upload_device_list(namespace: str, device_list: Dict[int, Optional[str]]) -> Any:
            await _publish(xmpp, DEVICE_LIST_NODE, oldmemo.etree.serialize_device_list(device_list),
                           omemo.DeviceListUploadFailed)

        @staticmethod
        async def _download_device_list(namespace: str, bare_jid: str) -> Dict[int, Optional[str]]:
            try:
                result = await xmpp["xep_0060"].get_items(bare_jid, DEVICE_LIST_NODE)
            except IqError as error:
                if _is_missing(error):
                    return {}
                raise omemo.DeviceListDownloadFailed(str(error)) from error
            except IqTimeout as error:
                raise omemo.DeviceListDownloadFailed("timeout") from error
            devices: Dict[int, Optional[str]] = {}
            # Any item id counts (Dino publishes under its own), not only "current".
            for item in result["pubsub"]["items"]:
                payload = item["payload"]
                if payload is not None:
                    devices.update(oldmemo.etree.parse_device_list(payload))
            return devices

        async def _evaluate_custom_trust_level(self, device: DeviceInformation) -> TrustLevel:
            if device.trust_level_name == BLIND_TRUST:
                return TrustLevel.TRUSTED
            raise omemo.UnknownTrustLevel(device.trust_level_name)

        async def _make_trust_decision(
            self, undecided: FrozenSet[DeviceInformation], identifier: Optional[str]
        ) -> Any:
            # Never called: every new device starts as BLIND, which evaluates to trusted.
            for device in undecided:
                await self.set_trust(device.bare_jid, device.identity_key, BLIND_TRUST)

        @staticmethod
        async def _send_message(message: omemo.Message, bare_jid: str) -> Any:
            # Key-transport messages the library sends by itself (handshake completion, healing).
            log.info("sending an empty OMEMO message to %s", bare_jid)
            stanza = xmpp.make_message(mto=bare_jid, mtype="chat")
            stanza.append(oldmemo.etree.serialize_message(message))
            stanza.send()

    return PeerSessionManager


class OmemoPeer(slixmpp.ClientXMPP):
    """A legacy-OMEMO client: `start()`, then `send_text()` and `next_text()`."""

    def __init__(self, jid: str, password: str, ca_file: Optional[str] = None) -> None:
        super().__init__(jid, password)
        for plugin in ("xep_0004", "xep_0030", "xep_0060", "xep_0163", "xep_0380", "xep_0334"):
            self.register_plugin(plugin)
        if ca_file:
            # The test server's self-signed certificate for its domain is the only anchor.
            self.ssl_context = ssl.create_default_context(cafile=ca_file)
        self.session_manager: Optional[omemo.SessionManager] = None
        self.texts: "asyncio.Queue[tuple[str, str, bool]]" = asyncio.Queue()
        self.errors: "asyncio.Queue[str]" = asyncio.Queue()
        self._ready: "asyncio.Future[None]" = asyncio.get_event_loop().create_future()
        self.add_event_handler("session_start", self._on_session_start)
        self.add_event_handler("message", self._on_message)
        self.add_event_handler("failed_auth", lambda _: self._fail("authentication failed"))
        self.add_event_handler("connection_failed", lambda e: self._fail(f"connection failed: {e}"))

    def _fail(self, why: str) -> None:
        if not self._ready.done():
            self._ready.set_exception(RuntimeError(why))

    async def start(self, host: str, port: int, direct_tls: bool = False, timeout: float = 30) -> None:
        """Connects, publishes our device and bundle, returns when done."""
        self.connect(address=(host, port), use_ssl=direct_tls, force_starttls=not direct_tls)
        await asyncio.wait_for(self._ready, timeout)

    @property
    def device_id(self) -> int:
        assert self.session_manager is not None
        return self.session_manager._SessionManager__own_device_id  # no public getter in 1.0

    async def _on_session_start(self, _event: Any) -> None:
        try:
            self.send_presence()
            await self.get_roster()
            # One store for the core and the backend: both read the same identity key from it.
            storage = MemoryStorage()
            self.session_manager = await make_session_manager_class(self).create(
                [oldmemo.Oldmemo(storage)], storage, self.boundjid.bare, None, BLIND_TRUST
            )
            # create() publishes only what changed locally: make sure the server has it all.
            await self.session_manager.ensure_data_consistency()
            # Nothing to catch up on (a fresh account): leave history-sync mode, so that the
            # library answers PreKey messages with an empty message at once, as clients do.
            await self.session_manager.after_history_sync()
            if not self._ready.done():
                self._ready.set_result(None)
        except Exception as error:  # reported to the test, which fails with the reason
            log.exception("OMEMO setup failed")
            self._fail(f"OMEMO setup failed: {error!r}")

    async def _on_message(self, stanza: slixmpp.Message) -> None:
        encrypted = stanza.xml.find(f"{{{NS}}}encrypted")
        if encrypted is None or self.session_manager is None:
            if stanza["body"]:
                await self.errors.put(f"plaintext message from {stanza['from'].bare}")
            return
        sender = stanza["from"].bare
        own_key = encrypted.find(f"{{{NS}}}header/{{{NS}}}key[@rid='{self.device_id}']")
        prekey = own_key is not None and own_key.get("prekey") in ("true", "1")
        try:
            message = await oldmemo.etree.parse_message(
                encrypted, sender, self.boundjid.bare, self.session_manager
            )
            plaintext, device, _ = await self.session_manager.decrypt(message)
        except Exception as error:
            log.exception("decryption failed")
            await self.errors.put(f"cannot decrypt from {sender}: {error!r}")
            return
        if plaintext is None:
            log.info("key transport from %s device %d", sender, device.device_id)
            return  # session maintenance, not a message
        log.info("decrypted a message from %s device %d", sender, device.device_id)
        await self.texts.put((sender, plaintext.decode("utf-8"), prekey))

    async def next_text(self, timeout: float) -> "tuple[str, str, bool]":
        """The next decrypted (sender, text, was a PreKey message); raises on a decryption
        error or timeout."""
        texts = asyncio.ensure_future(self.texts.get())
        errors = asyncio.ensure_future(self.errors.get())
        done, pending = await asyncio.wait({texts, errors}, timeout=timeout,
                                           return_when=asyncio.FIRST_COMPLETED)
        for future in pending:
            future.cancel()
        if errors in done:
            raise RuntimeError(errors.result())
        if texts in done:
            return texts.result()
        raise TimeoutError(f"no message within {timeout} s")

    async def fingerprints(self, bare_jid: Optional[str] = None) -> Dict[int, str]:
        """Device id -> hex of the Curve25519 identity key as OMEMO clients show it (without
        the 0x05 type byte), for our own account or a contact's."""
        assert self.session_manager is not None
        if bare_jid is None:
            own, _ = await self.session_manager.get_own_device_information()
            devices = frozenset([own])
        else:
            devices = await self.session_manager.get_device_information(bare_jid)
        # python-omemo keeps identity keys in Ed25519 form; the wire and the fingerprints use Curve25519.
        return {device.device_id: xeddsa.ed25519_pub_to_curve25519_pub(device.identity_key).hex()
                for device in devices}

    def pending_error(self) -> Optional[str]:
        """A decryption failure not yet reported through next_text (e.g. of a key transport)."""
        return None if self.errors.empty() else self.errors.get_nowait()

    async def send_text(self, to: str, text: str) -> bool:
        """Encrypts `text` for every device of `to` (and our other ones) and sends it.
        Returns whether it carried a key exchange (a PreKey message) for any device."""
        assert self.session_manager is not None
        # The library encrypts only to devices it knows: read the contact's list first.
        await self.session_manager.refresh_device_list(NS, to)
        messages, errors = await self.session_manager.encrypt(frozenset([to]), {NS: text.encode("utf-8")})
        if errors:
            log.warning("non-critical encryption errors: %s", errors)
        stanza = self.make_message(mto=to, mtype="chat",
                                   mbody="I sent you an OMEMO encrypted message but your client "
                                         "doesn't seem to support that.")
        key_exchange = False
        for message in messages:
            if message.namespace == NS:
                stanza.append(oldmemo.etree.serialize_message(message))
                key_exchange = any(exchange is not None for _, exchange in message.keys)
        stanza["eme"]["namespace"] = NS
        stanza["eme"]["name"] = "OMEMO"
        stanza.enable("store")
        stanza.send()
        return key_exchange


__all__ = ["OmemoPeer", "MemoryStorage", "make_session_manager_class", "NS"]
