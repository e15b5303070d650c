"""Bearer-token verification for the HTTP gateway: who is calling, or ``InvalidToken``.

``TokenVerifier.verify`` runs on every HTTP request before any guard.  A JWT access token
(RFC 9068) goes through the pre-filter (``_prefilter``), then joserfc with the one algorithm its
JWKS key is pinned to, then the claim checks: ``iss`` exact, ``aud`` containing this resource
(RFC 8707), ``exp``/``nbf``/``iat`` within ``leeway``, ``sub``, ``jti`` and ``client_id`` present.
An opaque token goes to RFC 7662 introspection when it is configured, and its answer is held to
the same rules.  A verified token is cached by the SHA-256 of its text until it expires (at most
``cache_max_age`` seconds; 60 s for introspected ones), so a repeated token costs a hash and a
dict lookup.

Every failure, whatever its cause (a crafted token, an unreachable issuer, a library bug), is
``InvalidToken``: its reason is for the audit log; the client sees one uniform 401.
"""

from __future__ import annotations

import hashlib
import os
import time
from dataclasses import dataclass
from typing import Any, Callable, Collection, Mapping

import httpx
from joserfc import jws
from joserfc.errors import BadSignatureError, JoseError, UnsupportedAlgorithmError
from joserfc.jwt import JWTClaimsRegistry

from mcpfort.auth import _prefilter
from mcpfort.auth.discovery import DiscoveryError, authorization_server_metadata, get_json
from mcpfort.auth.introspection import IntrospectionFailed, introspect
from mcpfort.auth.jwks import DEFAULT_ALGORITHMS, JwksCache, KeyUnavailable

__all__ = ["TokenVerifier", "Principal", "InvalidToken", "DEFAULT_CLAIMS"]

DEFAULT_CLAIMS = {"user": "sub", "organization": "org", "context": "mcp_context"}
INTROSPECTION_MAX_AGE = 60.0
_ACCESS_TOKEN_TYPES = {"bearer", "access_token"}



class _PinnedRegistry(jws.JWSRegistry):
    """A JWS registry allowing exactly one algorithm, without joserfc's per-call deprecation warning
    for ``EdDSA`` (RFC 9864 renamed it; most issuers still use the old name)."""

    def get_alg(self, name: str) -> Any:
        if not self.allowed or name not in self.allowed or name not in self.algorithms:
            raise UnsupportedAlgorithmError(f"Algorithm of '{name}' is not allowed")
        return self.algorithms[name]


class InvalidToken(Exception):
    """The bearer token is missing or not acceptable.  ``reason`` is for the audit log only."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, slots=True, eq=False)
class Principal:
    """The caller a verified token names.  ``claims`` is the token's payload; treat it as read-only."""

    user: str
    organization: str | None
    context: str | None
    client_id: str
    scopes: frozenset[str]
    claims: Mapping[str, Any]
    expires_at: float
    token_id: str


class _Cache:
    """Bounded map from token digest to (principal, valid-until); the oldest entry goes first."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._entries: dict[bytes, tuple[Principal, float]] = {}

    def get(self, digest: bytes, now: float) -> Principal | None:
        entry = self._entries.get(digest)
        if entry is None:
            return None
        if now < entry[1]:
            return entry[0]
        del self._entries[digest]
        return None

    def put(self, digest: bytes, principal: Principal, until: float, now: float) -> None:
        if len(self._entries) >= self.size:
            for key in [k for k, (_, t) in self._entries.items() if t <= now]:
                del self._entries[key]
            while len(self._entries) >= self.size:
                del self._entries[next(iter(self._entries))]
        self._entries[digest] = (principal, until)

    def __len__(self) -> int:
        return len(self._entries)


class TokenVerifier:
    """Verifies ``Authorization`` header values for one protected resource.

    ``audience`` is this resource's URL (or several); ``claims`` maps user/organization/context to
    claim names; ``introspection`` is ``{"endpoint", "client_id", "client_secret"}`` (or
    ``client_secret_env``; the endpoint defaults to the issuer's ``introspection_endpoint``).
    ``http`` is an ``httpx.AsyncClient`` to use (one is made on first need otherwise); ``clock``
    (wall seconds) and ``monotonic`` are parameters so tests move time instead of sleeping.
    """

    def __init__(self, issuer: str, audience: str | Collection[str], *, claims: Mapping[str, str] | None = None,
                 leeway: float = 60, introspection: Mapping[str, Any] | None = None,
                 http: httpx.AsyncClient | None = None, jwks_uri: str | None = None,
                 algorithms: Collection[str] = DEFAULT_ALGORITHMS, require_jti: bool = True,
                 require_client_id: bool = True, jwks_ttl: float = 600.0, jwks_cooldown: float = 30.0,
                 cache_size: int = 10_000, cache_max_age: float = 300.0,
                 clock: Callable[[], float] = time.time, monotonic: Callable[[], float] = time.monotonic,
                 log: Callable[[str], None] | None = None) -> None:
        if not isinstance(issuer, str) or not issuer.startswith(("https://", "http://")):
            raise ValueError(f"issuer must be an http(s) URL, not {issuer!r}")
        self.issuer = issuer
        self.audiences = (audience,) if isinstance(audience, str) else tuple(audience)
        if not self.audiences or not all(isinstance(a, str) and a for a in self.audiences):
            raise ValueError("audience must be this resource's URL (or a list of them)")
        self.claim_names = {**DEFAULT_CLAIMS, **(claims or {})}
        self.leeway = leeway
        self.algorithms = frozenset(algorithms) & DEFAULT_ALGORITHMS
        self.require_jti = require_jti
        self.require_client_id = require_client_id
        self.cache_max_age = cache_max_age
        self._clock = clock
        self._log = log or (lambda line: None)
        self._http = http
        self._own_http: httpx.AsyncClient | None = None
        self._jwks_uri = jwks_uri
        self._metadata: dict[str, Any] | None = None
        self._introspection = dict(introspection) if introspection else None
        self._cache = _Cache(cache_size)
        self.jwks = JwksCache(self._fetch_jwks, algorithms=self.algorithms, ttl=jwks_ttl, cooldown=jwks_cooldown,
                              clock=monotonic, log=self._log)
        self._registries = {alg: _PinnedRegistry(algorithms=[alg]) for alg in self.algorithms}
        self._claims = JWTClaimsRegistry(
            now=lambda: int(self._clock()), leeway=int(leeway),
            iss={"essential": True, "value": issuer},
            aud={"essential": True, "values": list(self.audiences)},
            exp={"essential": True}, iat={"essential": True}, sub={"essential": True},
            jti={"essential": require_jti}, client_id={"essential": require_client_id},
        )

    # -- the one public call -----------------------------------------------------------------
    async def verify(self, authorization: str | None) -> Principal:
        """The principal of an ``Authorization`` header value, or ``InvalidToken``."""
        try:
            token = _prefilter.bearer_token(authorization)
        except _prefilter.Malformed as exc:
            raise InvalidToken(str(exc)) from None
        digest = hashlib.sha256(token.encode("ascii")).digest()
        now = self._clock()
        hit = self._cache.get(digest, now)
        if hit is not None:
            return hit
        try:
            if _prefilter.looks_like_jwt(token):
                principal, max_age = await self._verify_jwt(token), self.cache_max_age
            elif self._introspection is not None:
                principal, max_age = await self._verify_opaque(token, digest), min(self.cache_max_age, INTROSPECTION_MAX_AGE)
            else:
                raise InvalidToken("not a JWT, and no introspection endpoint is configured for opaque tokens")
        except InvalidToken:
            raise
        except Exception as exc:  # noqa: BLE001 - fail closed: nothing but InvalidToken leaves verify()
            raise InvalidToken(f"verification failed: {type(exc).__name__}: {str(exc)[:200]}") from exc
        self._cache.put(digest, principal, min(principal.expires_at, now + max_age), now)
        return principal

    async def aclose(self) -> None:
        if self._own_http is not None:
            await self._own_http.aclose()
            self._own_http = None

    # -- JWT access tokens -----------------------------------------------------------------------
    async def _verify_jwt(self, token: str) -> Principal:
        try:
            parsed = _prefilter.parse_jwt(token)
        except _prefilter.Malformed as exc:
            raise InvalidToken(str(exc)) from None
        alg, kid = parsed.alg, parsed.kid
        if alg not in self.algorithms:
            raise InvalidToken(f"alg {alg[:32]!r} is not allowed")
        try:
            key = await self.jwks.key(kid)
        except KeyUnavailable as exc:
            raise InvalidToken(str(exc)) from None
        if alg not in key.algorithms:
            raise InvalidToken(f"alg {alg!r} does not match key {kid!r} (pinned to {', '.join(sorted(key.algorithms))})")
        try:
            jws.deserialize_compact(token, key.key, algorithms=[alg], registry=self._registries[alg])
        except BadSignatureError:
            raise InvalidToken(f"signature does not verify with key {kid!r}") from None
        except JoseError as exc:
            raise InvalidToken(f"signature check failed: {exc.error}: {exc.description or ''}") from None
        try:
            self._claims.validate(parsed.claims)
        except JoseError as exc:
            raise InvalidToken(f"claims: {exc.error}: {exc.description or ''}") from None
        return self._principal(parsed.claims, token_id=parsed.claims.get("jti"))

    # -- opaque tokens (RFC 7662) ----------------------------------------------------------------
    async def _verify_opaque(self, token: str, digest: bytes) -> Principal:
        config = self._introspection or {}
        endpoint = config.get("endpoint") or (await self._issuer_metadata()).get("introspection_endpoint")
        if not isinstance(endpoint, str):
            raise InvalidToken("no introspection endpoint configured or advertised by the issuer")
        secret = config.get("client_secret")
        if secret is None and config.get("client_secret_env"):
            secret = os.environ.get(config["client_secret_env"])
        if not config.get("client_id") or secret is None:
            raise InvalidToken("introspection needs client_id and client_secret (or client_secret_env)")
        try:
            answer = await introspect(self._client(), endpoint, token, client_id=config["client_id"],
                                      client_secret=secret)
        except IntrospectionFailed as exc:
            raise InvalidToken(str(exc)) from None
        claims = dict(answer)
        if "iss" in claims and claims["iss"] != self.issuer:
            raise InvalidToken(f"introspection: iss is {str(claims['iss'])[:100]!r}, not {self.issuer!r}")
        token_type = claims.get("token_type")
        if token_type is not None and str(token_type).lower() not in _ACCESS_TOKEN_TYPES:
            raise InvalidToken(f"introspection: token_type is {str(token_type)[:40]!r}, not an access token")
        # RFC 9068 §2.2: a token obtained by the client for itself has the client as its subject.
        if claims.get("sub") is None and isinstance(claims.get("client_id"), str):
            claims["sub"] = claims["client_id"]
        claims.setdefault("iss", self.issuer)
        try:
            JWTClaimsRegistry(now=lambda: int(self._clock()), leeway=int(self.leeway),
                              iss={"essential": True, "value": self.issuer},
                              aud={"essential": True, "values": list(self.audiences)},
                              exp={"essential": True}, sub={"essential": True},
                              client_id={"essential": self.require_client_id}).validate(claims)
        except JoseError as exc:
            raise InvalidToken(f"introspection claims: {exc.error}: {exc.description or ''}") from None
        return self._principal(claims, token_id=claims.get("jti") or "sha256:" + digest.hex()[:32])

    # -- claims to principal -----------------------------------------------------------------------
    def _principal(self, claims: dict[str, Any], *, token_id: Any) -> Principal:
        names = self.claim_names
        user = claims.get(names["user"])
        if not isinstance(user, str) or not user:
            raise InvalidToken(f"claim {names['user']!r} (the user) is missing or not a string")
        optional = {}
        for what in ("organization", "context"):
            value = claims.get(names[what]) if names.get(what) else None
            if value is not None and not isinstance(value, str):
                raise InvalidToken(f"claim {names[what]!r} ({what}) is not a string")
            optional[what] = value
        client_id = claims.get("client_id", "")
        if not isinstance(client_id, str) or (self.require_client_id and not client_id):
            raise InvalidToken("claim 'client_id' is missing or not a string")
        return Principal(user=user, organization=optional["organization"], context=optional["context"],
                         client_id=client_id, scopes=_scopes(claims), claims=claims,
                         expires_at=float(claims["exp"]), token_id=str(token_id or ""))

    # -- the issuer's documents ----------------------------------------------------------------------
    def _client(self) -> httpx.AsyncClient:
        if self._http is not None:
            return self._http
        if self._own_http is None:
            self._own_http = httpx.AsyncClient(timeout=5.0, follow_redirects=False,
                                               headers={"User-Agent": "mcpfort"})
        return self._own_http

    async def _issuer_metadata(self) -> dict[str, Any]:
        if self._metadata is None:
            try:
                self._metadata = await authorization_server_metadata(self._client(), self.issuer)
            except DiscoveryError as exc:
                raise KeyUnavailable(f"issuer metadata: {exc}") from None
        return self._metadata

    async def _fetch_jwks(self) -> Any:
        if self._jwks_uri is None:
            uri = (await self._issuer_metadata()).get("jwks_uri")
            if not isinstance(uri, str) or not uri.startswith(("https://", "http://")):
                raise KeyUnavailable("the issuer's metadata has no jwks_uri")
            self._jwks_uri = uri
        return await get_json(self._client(), self._jwks_uri, "JWKS")


def _scopes(claims: Mapping[str, Any]) -> frozenset[str]:
    scope = claims.get("scope")
    if scope is None:
        scope = claims.get("scp")  # Microsoft Entra and some others
    if isinstance(scope, str):
        return frozenset(scope.split())
    if isinstance(scope, list) and all(isinstance(s, str) for s in scope):
        return frozenset(scope)
    if scope is None:
        return frozenset()
    raise InvalidToken("claim 'scope' is neither a space-separated string nor a list of strings")
