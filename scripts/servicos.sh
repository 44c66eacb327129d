#!/usr/bin/env bash
# Service mode without Docker: one JVM per service, all joined by the Axon Server you name.
#
#   scripts/servicos.sh iniciar <axon-server host:porta>   builds if needed, starts the five services
#   scripts/servicos.sh parar                              stops them
#   scripts/servicos.sh situacao                           health of each service
#
# Databases (one per service, see deploy/postgres/init.sql) are reached through:
#   PG_URL_BASE   jdbc:postgresql://localhost:5432/   (database name appended per service)
#   PG_USUARIO    licenciamento
#   PG_SENHA      (required)
#   MONGODB_URI   mongodb://localhost:27017/licenciamento   (licenca-query's read models)
# Ports: licenca-command 8081, licenca-query 8082, pessoa 8083, auth 8084, notificacao-saga 8085.
set -euo pipefail
cd "$(dirname "$0")/.."

SERVICOS=(licenca-command:8081:licenca_command licenca-query:8082:licenca_query pessoa:8083:pessoa auth:8084:auth notificacao-saga:8085:notificacao)
LOGS=logs/servicos

iniciar() {
    local axon="${1:?informe o endereco do Axon Server, por exemplo localhost:8124}"
    : "${PG_SENHA:?defina PG_SENHA com a senha do PostgreSQL}"
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
        PORT="$porta" AXON_AXONSERVER_SERVERS="$axon" \
        SPRING_DATASOURCE_URL="${base}${banco}" \
        SPRING_DATASOURCE_USERNAME="${PG_USUARIO:-licenciamento}" \
        SPRING_DATASOURCE_PASSWORD="$PG_SENHA" \
        SPRING_MONGODB_URI="${MONGODB_URI:-mongodb://localhost:27017/licenciamento}" \
            nohup java -Xmx512m -jar "$jar" >"$LOGS/$modulo.log" 2>&1 &
        echo $! >"$LOGS/$modulo.pid"
        echo "$modulo: pid $! na porta $porta (log em $LOGS/$modulo.log)"
    done
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
}

situacao() {
    for s in "${SERVICOS[@]}"; do
        IFS=: read -r modulo porta _ <<<"$s"
        printf '%-18s %s\n' "$modulo" "$(curl -s -m 3 "http://localhost:$porta/actuator/health" | head -c 80 || echo 'sem resposta')"
    done
}

case "${1:-}" in
    iniciar) shift; iniciar "$@" ;;
    parar) parar ;;
    situacao) situacao ;;
    *) sed -n '2,15p' "$0"; exit 2 ;;
esac
