#!/bin/sh
# Signs in a user with authorization code + PKCE using only curl (and openssl for the PKCE challenge),
# and prints the access token. Usage: auth/scripts/token.sh [login] [password] [base-url]
# Defaults: the demo requerente of the embedded mode on http://127.0.0.1:8080.
set -eu
LOGIN=${1:-requerente}
SENHA=${2:-demo-$LOGIN}
BASE=${3:-http://127.0.0.1:8080}
CLIENTE=licenciamento-web
VOLTA=http://127.0.0.1/autorizado

VERIFICADOR=$(openssl rand -hex 48)
DESAFIO=$(printf %s "$VERIFICADOR" | openssl dgst -sha256 -binary | openssl base64 -A | tr '+/' '-_' | tr -d '=')
COOKIES=$(mktemp)
trap 'rm -f "$COOKIES"' EXIT

# 1. Authorization request: opens a session and is sent to the sign-in page.
curl -sf -c "$COOKIES" -b "$COOKIES" -o /dev/null \
  "$BASE/oauth2/authorize?response_type=code&client_id=$CLIENTE&redirect_uri=$VOLTA&scope=openid&state=curl&code_challenge=$DESAFIO&code_challenge_method=S256"
# 2. The sign-in page carries a CSRF token.
CSRF=$(curl -sf -c "$COOKIES" -b "$COOKIES" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p')
# 3. Posting the credentials sends the browser back to the authorization request...
PEDIDO=$(curl -s -c "$COOKIES" -b "$COOKIES" -o /dev/null -w '%{redirect_url}' \
  --data-urlencode "username=$LOGIN" --data-urlencode "password=$SENHA" --data-urlencode "_csrf=$CSRF" "$BASE/login")
case "$PEDIDO" in *"/login?"*) echo "Login recusado: $PEDIDO" >&2; exit 1;; esac
# 4. ...which now redirects to the client with the authorization code.
VOLTA_COM_CODIGO=$(curl -s -c "$COOKIES" -b "$COOKIES" -o /dev/null -w '%{redirect_url}' "$PEDIDO")
CODIGO=$(printf %s "$VOLTA_COM_CODIGO" | sed -n 's/.*[?&]code=\([^&]*\).*/\1/p')
# 5. The code and the PKCE verifier are exchanged for the tokens.
curl -sf "$BASE/oauth2/token" -d grant_type=authorization_code -d client_id=$CLIENTE -d redirect_uri=$VOLTA \
  --data-urlencode "code=$CODIGO" -d "code_verifier=$VERIFICADOR" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
