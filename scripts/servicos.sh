#!/usr/bin/env bash
# Service mode without Docker: one JVM per service, all joined by the Axon Server you name, and the nginx gateway.
#
#   scripts/servicos.sh iniciar <axon-server host:porta>   builds if needed, starts the five services
#   scripts/servicos.sh gateway                            starts the gateway (nginx) on :8080
#   scripts/servicos.sh situacao                           readiness of each service and of the gateway
#   scripts/servicos.sh parar                              stops the services and the gateway
#
# Required for `iniciar` (see docs/modo-servico.md):
#   PG_SENHA                                 password of the role `licenciamento` (deploy/postgres/init.sql)
#   LICENCIAMENTO_PESSOA_SEGREDO_DOCUMENTO   at least 32 random characters (CPF/CNPJ hashes); keep it, never change it
#   LICENCIAMENTO_AUTH_ADMIN_INICIAL_SENHA   password of the first user `admin` (used on the first start)
# Optional:
#   PG_URL_BASE     jdbc:postgresql://localhost:5432/   (database name appended per service)
#   PG_USUARIO      licenciamento
#   MONGODB_URI     mongodb://localhost:27017/licenciamento   (licenca-query's read models; a real MongoDB)
#   URL_PUBLICA     http://localhost:8080   the address users open (the gateway): the issuer of every token
#   PG_CONEXOES_POR_SERVICO   10   connection pool of each service (five services share one PostgreSQL here)
# Ports: licenca-command 8081, licenca-query 8082, pessoa 8083, auth 8084, notificacao-saga 8085; each service's
# health and metrics on 127.0.0.1:9081..9085 (/actuator/health, /actuator/prometheus).
set -euo pipefail
cd "$(dirname "$0")/.."

SERVICOS=(licenca-command:8081:licenca_command licenca-query:8082:licenca_query pessoa:8083:pessoa auth:8084:auth notificacao-saga:8085:notificacao)
LOGS=logs/servicos

iniciar() {
    local axon="${1:?informe o endereco do Axon Server, por exemplo localhost:8124}"
    : "${PG_SENHA:?defina PG_SENHA com a senha do papel licenciamento no PostgreSQL}"
    : "${LICENCIAMENTO_PESSOA_SEGREDO_DOCUMENTO:?defina LICENCIAMENTO_PESSOA_SEGREDO_DOCUMENTO (openssl rand -base64 48)}"
    local base="${PG_URL_BASE:-jdbc:postgresql://localhost:5432/}"
    mkdir -p "$LOGS"
    for s in "${SERVICOS[@]}"; do
        local modulo="${s%%:*}"
        if ! ls "$modulo"/target/"$modulo"-*-exec.jar >/dev/null 2>&1; then
            ./mvnw -B -q -DskipTests package
            break
        fi
    done
    for s in "${SERVICOS[@]}"; do
        IFS=: read -r modulo porta banco <<<"$s"
        local jar
        jar=$(ls "$modulo"/target/"$modulo"-*-exec.jar | head -1)
        PORT="$porta" MANAGEMENT_SERVER_PORT="$((porta + 1000))" MANAGEMENT_SERVER_ADDRESS=127.0.0.1 \
        AXON_AXONSERVER_SERVERS="$axon" \
        SPRING_DATASOURCE_URL="${base}${banco}" \
        SPRING_DATASOURCE_USERNAME="${PG_USUARIO:-licenciamento}" \
        SPRING_DATASOURCE_PASSWORD="$PG_SENHA" \
        SPRING_DATASOURCE_HIKARI_MAXIMUM_POOL_SIZE="${PG_CONEXOES_POR_SERVICO:-10}" \
        SPRING_MONGODB_URI="${MONGODB_URI:-mongodb://localhost:27017/licenciamento}" \
        LICENCIAMENTO_SEGURANCA_EMISSOR="${URL_PUBLICA:-http://localhost:8080}" \
        LICENCIAMENTO_SEGURANCA_JWKS_URI="http://127.0.0.1:8084/oauth2/jwks" \
            nohup java -Xmx512m -jar "$jar" >"$LOGS/$modulo.log" 2>&1 &
        echo $! >"$LOGS/$modulo.pid"
        echo "$modulo: pid $! na porta $porta, saude e metricas em 127.0.0.1:$((porta + 1000)) (log em $LOGS/$modulo.log)"
    done
}

gateway() {
    local dir
    dir="$(pwd)/$LOGS/gateway"
    mkdir -p "$dir"
    sed "s|/var/log/nginx/licenciamento-acesso.log|$dir/acesso.log|" gateway/licenciamento.conf >"$dir/licenciamento.conf"
    cat >"$dir/nginx.conf" <<EOF
pid $dir/nginx.pid;
error_log $dir/erro.log warn;
events { worker_connections 1024; }
http {
    client_body_temp_path $dir/corpo;
    proxy_temp_path $dir/proxy;
    fastcgi_temp_path $dir/fastcgi;
    uwsgi_temp_path $dir/uwsgi;
    scgi_temp_path $dir/scgi;
    server_tokens off;
    include $(pwd)/gateway/upstreams-local.conf;
    include $dir/licenciamento.conf;
}
EOF
    nginx -p "$dir" -c "$dir/nginx.conf"
    echo "gateway: http://localhost:8080 (log em $dir/acesso.log)"
}

parar() {
    for s in "${SERVICOS[@]}"; do
        local modulo="${s%%:*}"
        if [ -f "$LOGS/$modulo.pid" ]; then
            kill "$(cat "$LOGS/$modulo.pid")" 2>/dev/null || true
            rm -f "$LOGS/$modulo.pid"
            echo "$modulo: parado"
        fi
    done
    if [ -f "$LOGS/gateway/nginx.pid" ]; then
        nginx -p "$(pwd)/$LOGS/gateway" -c "$(pwd)/$LOGS/gateway/nginx.conf" -s quit && echo "gateway: parado"
    fi
}

situacao() {
    for s in "${SERVICOS[@]}"; do
        IFS=: read -r modulo porta _ <<<"$s"
        local resposta codigo estado
        resposta=$(curl -s -m 3 -w '\n%{http_code}' "http://127.0.0.1:$((porta + 1000))/actuator/health/readiness" || true)
        codigo=$(tail -n1 <<<"$resposta")
        estado=$(grep -o '"status":"[A-Z_]*"' <<<"$resposta" | head -1 | cut -d'"' -f4 || true)
        printf '%-18s %s\n' "$modulo" "${estado:-sem resposta} (HTTP ${codigo:-000})"
    done
    printf '%-18s %s\n' gateway "$(curl -s -m 3 -o /dev/null -w 'HTTP %{http_code}' http://localhost:8080/saude || echo 'sem resposta')"
}

case "${1:-}" in
    iniciar) shift; iniciar "$@" ;;
    gateway) gateway ;;
    parar) parar ;;
    situacao) situacao ;;
    *) sed -n '2,22p' "$0"; exit 2 ;;
esac
