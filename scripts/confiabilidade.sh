#!/usr/bin/env bash
# Long form of the reliability suite (issue 10). CI runs the same tests in their short form with `mvn test`.
#
#   scripts/confiabilidade.sh            kill -9 20 times, PostgreSQL down 30 s, fuzzer up to 50000 requests
#
# Tunable through the environment:
#   QUEDAS              kill -9 + restart cycles of ConfiabilidadeQuedaTest          (default 20; CI 3)
#   PRAZO_DE_PAGAMENTO  fee term of the crash test's platform, ISO-8601; shorter than a restart, so slips
#                       issued before a kill come due while it is down                (default PT10S)
#   BANCO_FORA_SEGUNDOS seconds PostgreSQL stays down in ConfiabilidadeBancoForaTest (default 30; CI 10)
#   FUZZER_REQUISICOES  requests of ConfiabilidadeFuzzerTest, every role gets every
#                       systematic request, then random combinations up to this      (default 50000; CI ~3000)
#   ESCRITORES          concurrent writers of ConfiabilidadeLacunasTest              (default 16; CI 8)
#   POR_ESCRITOR        filings per writer                                            (default 50; CI 15)
#   CLIENTES_CONCORRENTES clients hitting one aggregate in ConfiabilidadeConcorrenciaTest (default 32; CI 8)
#   SEMENTE             seed of the random kill moments and fuzzer combinations      (default: new each run)
# The figures of each test are printed on lines starting with "CONFIABILIDADE" and collected at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

SEMENTE=${SEMENTE:-$(date +%s)}
LOG=${LOG:-target/confiabilidade-$(date +%Y%m%d-%H%M%S).log}
mkdir -p "$(dirname "$LOG")"

set +e
./mvnw -B test -pl app -am \
  -Dtest='Confiabilidade*Test' -Dsurefire.failIfNoSpecifiedTests=false \
  -Dconfiabilidade.quedas="${QUEDAS:-20}" \
  -Dconfiabilidade.queda.prazo-de-pagamento="${PRAZO_DE_PAGAMENTO:-PT10S}" \
  -Dconfiabilidade.banco-fora-segundos="${BANCO_FORA_SEGUNDOS:-30}" \
  -Dconfiabilidade.fuzzer.requisicoes="${FUZZER_REQUISICOES:-50000}" \
  -Dconfiabilidade.lacunas.escritores="${ESCRITORES:-16}" \
  -Dconfiabilidade.lacunas.por-escritor="${POR_ESCRITOR:-50}" \
  -Dconfiabilidade.concorrencia.clientes="${CLIENTES_CONCORRENTES:-32}" \
  -Dconfiabilidade.semente="$SEMENTE" \
  "$@" 2>&1 | tee "$LOG"
resultado=${PIPESTATUS[0]}
set -e

echo
echo "== Figuras (semente $SEMENTE, log completo em $LOG) =="
grep -a '^CONFIABILIDADE' "$LOG" || echo "(nenhuma figura: os testes nao chegaram ao fim)"
exit "$resultado"
