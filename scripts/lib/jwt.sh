# shellcheck shell=bash
# JWT helpers for local development, sourced by scripts/up: a signing key pair and RS256 tokens for the services'
# Auth:PublicKeyFile. Uses only openssl, base64, tr and printf (plus mkdir for a new key directory), and is safe
# under `set -euo pipefail`.
# Sourcing defines functions only; it changes no shell options.

# Base64url without padding (RFC 7515 §2) of stdin.
jwt_base64url() {
  base64 | tr -d '=\n' | tr '/+' '_-'
}

# JSON string body of $1: escapes backslash and double quote, refuses control characters.
_jwt_json_string() {
  local value="$1"
  if [[ "$value" == *[[:cntrl:]]* ]]; then
    printf 'jwt: control characters are not allowed in claim values\n' >&2
    return 2
  fi
  value="${value//\\/\\\\}"
  value="${value//\"/\\\"}"
  printf '%s' "$value"
}

# jwt_generate_key DIR: creates DIR/signing.key (RSA 2048, private, mode 600) and DIR/signing.pub.pem unless they
# exist, so running it again keeps the key and every token already handed out stays valid.
jwt_generate_key() {
  if (($# != 1)); then
    printf 'usage: jwt_generate_key DIR\n' >&2
    return 2
  fi
  local dir="$1"
  if [[ ! -f "$dir/signing.key" ]]; then
    # umask in a subshell: the key file is created 600 and the directory 700, never readable by others, not even
    # for a moment, and the caller's umask is left alone.
    (umask 077 && mkdir -p "$dir" && openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$dir/signing.key" 2>/dev/null)
  fi
  if [[ ! -f "$dir/signing.pub.pem" ]]; then
    openssl pkey -in "$dir/signing.key" -pubout -out "$dir/signing.pub.pem"
  fi
}

# jwt_mint KEYFILE ISSUER AUDIENCE SUBJECT SCOPE TTL_SECONDS: prints an RS256 JWT with iss, aud, sub, scope, iat,
# nbf, exp and jti, signed with the RSA private key in KEYFILE.
jwt_mint() {
  if (($# != 6)); then
    printf 'usage: jwt_mint KEYFILE ISSUER AUDIENCE SUBJECT SCOPE TTL_SECONDS\n' >&2
    return 2
  fi
  local keyfile="$1" issuer audience subject scope ttl="$6"
  if [[ ! -r "$keyfile" ]]; then
    printf 'jwt_mint: cannot read key file %s\n' "$keyfile" >&2
    return 2
  fi
  if [[ ! "$ttl" =~ ^[1-9][0-9]*$ ]]; then
    printf 'jwt_mint: TTL_SECONDS must be a positive integer, got "%s"\n' "$ttl" >&2
    return 2
  fi
  issuer="$(_jwt_json_string "$2")"
  audience="$(_jwt_json_string "$3")"
  subject="$(_jwt_json_string "$4")"
  scope="$(_jwt_json_string "$5")"

  local now jti header payload signing_input signature
  printf -v now '%(%s)T' -1
  jti="$(openssl rand -hex 16)"
  header='{"alg":"RS256","typ":"JWT"}'
  payload="$(printf '{"iss":"%s","aud":"%s","sub":"%s","scope":"%s","iat":%d,"nbf":%d,"exp":%d,"jti":"%s"}' \
    "$issuer" "$audience" "$subject" "$scope" "$now" "$now" "$((now + ttl))" "$jti")"
  signing_input="$(printf '%s' "$header" | jwt_base64url).$(printf '%s' "$payload" | jwt_base64url)"
  signature="$(printf '%s' "$signing_input" | openssl dgst -sha256 -sign "$keyfile" -binary | jwt_base64url)"
  printf '%s.%s\n' "$signing_input" "$signature"
}
