"""The issuer's signing keys: ingested strictly, cached, refreshed without letting a token storm the issuer.

Ingestion keeps only keys a signature may come from: asymmetric (``oct`` keys are ignored, so an
HMAC secret can never stand in for a public key), ``use`` absent or ``sig``, ``key_ops`` absent or
naming ``verify``, an algorithm from the allowlist that fits the key type and curve, and RSA of at
least 2048 bits.  Each key is pinned to its algorithm: the JWK's ``alg`` when present, else the one
its type implies (RSA → RS256, P-256 → ES256, P-384 → ES384, P-521 → ES512, Ed25519 → EdDSA), so a
PS256 token cannot ride an RS256 key.  Private members are dropped before import.

The cache refreshes on a TTL, and once per cool-down when a token names a ``kid`` it has not
seen (key rotation); concurrent callers share one fetch; a failed refresh keeps serving the keys
it had (stale-if-error) for up to ``max_stale`` seconds.
"""

from __future__ import annotations

import asyncio
import time
import warnings
from dataclasses import dataclass
from typing import Any, Awaitable, Callable

from joserfc.jwk import JWKRegistry, Key

__all__ = ["VerificationKey", "KeyUnavailable", "JwksCache", "ingest", "DEFAULT_ALGORITHMS"]

DEFAULT_ALGORITHMS = frozenset({"RS256", "RS384", "RS512", "PS256", "PS384", "PS512",
                                "ES256", "ES384", "ES512", "EdDSA", "Ed25519"})
MAX_KEYS = 64
MIN_RSA_BITS = 2048
_EC_ALG = {"P-256": "ES256", "P-384": "ES384", "P-521": "ES512"}
_PUBLIC = {"RSA": ("n", "e"), "EC": ("crv", "x", "y"), "OKP": ("crv", "x")}


class KeyUnavailable(Exception):
    """No usable key for this ``kid``; ``str()`` says why (unknown kid, issuer unreachable…)."""


@dataclass(frozen=True, slots=True)
class VerificationKey:
    kid: str
    algorithms: frozenset[str]
    key: Key


def _algorithms_for(jwk: dict[str, Any], allowed: frozenset[str]) -> frozenset[str] | str:
    """The algorithms this key may verify, or a reason it may verify none."""
    kty, crv, alg = jwk.get("kty"), jwk.get("crv"), jwk.get("alg")
    if kty == "RSA":
        fits = {a for a in DEFAULT_ALGORITHMS if a[:2] in ("RS", "PS")}
        implied = {"RS256"}
    elif kty == "EC":
        fits = {_EC_ALG[crv]} if crv in _EC_ALG else set()
        implied = fits
    elif kty == "OKP":
        fits = {"EdDSA", "Ed25519"} if crv == "Ed25519" else set()
        implied = fits
    else:
        return f"key type {kty!r} is not an asymmetric signing key"
    if not fits:
        return f"curve {crv!r} is not supported for {kty}"
    if alg is not None:
        if alg not in fits:
            return f"alg {alg!r} does not fit a {kty} key"
        # EdDSA and Ed25519 name the same signature over an Ed25519 key (RFC 9864).
        pinned = {"EdDSA", "Ed25519"} if alg in ("EdDSA", "Ed25519") else {alg}
    else:
        pinned = implied
    pinned &= allowed
    if not pinned:
        return f"alg {alg or sorted(implied)[0]!r} is not in the allowed algorithms"
    return frozenset(pinned)


def ingest(document: Any, allowed: frozenset[str] = DEFAULT_ALGORITHMS) -> tuple[dict[str, VerificationKey], list[str]]:
    """The usable keys of a JWKS document by ``kid``, and why each other key was skipped."""
    if not isinstance(document, dict) or not isinstance(document.get("keys"), list):
        raise KeyUnavailable("JWKS document has no keys array")
    keys: dict[str, VerificationKey] = {}
    skipped: list[str] = []
    for jwk in document["keys"][:MAX_KEYS]:
        if not isinstance(jwk, dict):
            skipped.append("a JWKS entry is not an object")
            continue
        kid = jwk.get("kid")
        label = f"key {kid!r}"
        if not isinstance(kid, str) or not kid:
            skipped.append("a key without kid (tokens must name their key)")
            continue
        if kid in keys:
            skipped.append(f"{label}: duplicate kid, the first one is kept")
            continue
        if jwk.get("use", "sig") != "sig":
            skipped.append(f"{label}: use is {jwk.get('use')!r}, not sig")
            continue
        ops = jwk.get("key_ops")
        if ops is not None and (not isinstance(ops, list) or "verify" not in ops):
            skipped.append(f"{label}: key_ops does not include verify")
            continue
        algorithms = _algorithms_for(jwk, allowed)
        if isinstance(algorithms, str):
            skipped.append(f"{label}: {algorithms}")
            continue
        public = {name: jwk[name] for name in _PUBLIC[jwk["kty"]] if name in jwk}
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # joserfc warns on small RSA keys; we refuse them below
                key = JWKRegistry.import_key({"kty": jwk["kty"], **public})
        except Exception as exc:  # noqa: BLE001 - a malformed key is skipped, never fatal
            skipped.append(f"{label}: does not import ({type(exc).__name__})")
            continue
        if jwk["kty"] == "RSA" and key.raw_value.key_size < MIN_RSA_BITS:
            skipped.append(f"{label}: RSA key of {key.raw_value.key_size} bits, fewer than {MIN_RSA_BITS}")
            continue
        keys[kid] = VerificationKey(kid=kid, algorithms=algorithms, key=key)
    if len(document["keys"]) > MAX_KEYS:
        skipped.append(f"{len(document['keys']) - MAX_KEYS} keys beyond the first {MAX_KEYS} ignored")
    return keys, skipped


class JwksCache:
    """Keys by ``kid``, fetched through ``fetch`` (a coroutine returning the parsed JWKS document).

    ``clock`` is monotonic seconds, a parameter so tests move time instead of sleeping.
    ``log`` receives one line per fetch outcome and per skipped key.
    """

    def __init__(self, fetch: Callable[[], Awaitable[Any]], *, algorithms: frozenset[str] = DEFAULT_ALGORITHMS,
                 ttl: float = 600.0, cooldown: float = 30.0, max_stale: float = 86400.0,
                 clock: Callable[[], float] = time.monotonic, log: Callable[[str], None] | None = None) -> None:
        self._fetch = fetch
        self._algorithms = algorithms
        self.ttl = ttl
        self.cooldown = cooldown
        self.max_stale = max_stale
        self._clock = clock
        self._log = log or (lambda line: None)
        self._keys: dict[str, VerificationKey] | None = None
        self._fetched_at = float("-inf")
        self._attempted_at = float("-inf")
        self._error: str | None = None
        self._inflight: asyncio.Future[None] | None = None
        self.fetches = 0

    @property
    def kids(self) -> frozenset[str]:
        return frozenset(self._keys or ())

    async def key(self, kid: str) -> VerificationKey:
        now = self._clock()
        if now - self._fetched_at >= self.ttl and now - self._attempted_at >= self.cooldown:
            await self._refresh()
            now = self._clock()
        if self._keys is not None and now - self._fetched_at > self.ttl + self.max_stale:
            self._keys = None  # too old to trust even while the issuer is down
        found = (self._keys or {}).get(kid)
        if found is None and now - self._attempted_at >= self.cooldown:
            await self._refresh()  # maybe the issuer rotated in a new key
            found = (self._keys or {}).get(kid)
        if found is not None:
            return found
        if self._keys is None:
            raise KeyUnavailable(f"no keys from the issuer: {self._error or 'not fetched yet'}")
        raise KeyUnavailable(f"kid {kid[:64]!r} is not in the issuer's JWKS "
                             f"(known: {', '.join(sorted(self._keys)) or 'none'})")

    async def _refresh(self) -> None:
        # Single flight: whoever comes while a fetch runs waits for that fetch.
        task = self._inflight
        if task is None:
            task = self._inflight = asyncio.ensure_future(self._do_refresh())
        await asyncio.shield(task)

    async def _do_refresh(self) -> None:
        self._attempted_at = self._clock()
        self.fetches += 1
        try:
            document = await self._fetch()
            keys, skipped = ingest(document, self._algorithms)
        except Exception as exc:  # noqa: BLE001 - stale-if-error: keep what we had
            self._error = f"{type(exc).__name__}: {str(exc)[:200]}"
            self._log(f"JWKS refresh failed ({self._error}); "
                      f"{'keeping ' + str(len(self._keys)) + ' cached keys' if self._keys else 'no keys cached'}")
        else:
            self._keys = keys
            self._fetched_at = self._clock()
            self._error = None
            for reason in skipped:
                self._log(f"JWKS key ignored: {reason}")
        finally:
            self._inflight = None
