#!/usr/bin/env bash
# The benchmark, on demand (never part of the test suite): builds the platform and the benchmark when a source
# changed since the last build, starts the embedded platform from its jar, drives it over HTTP and prints one table.
#   scripts/bench.sh            full run (1 M events replayed, growth to 5 M; about 15 minutes on 2 cores, once built)
#   scripts/bench.sh --rapido   short run with smaller volumes (about 5 minutes on 2 cores, once built)
#   scripts/bench.sh --modo-servico   the embedded and the service mode side by side on the same mix: commands/s,
#                               latency, CPU per command per JVM (Axon Server's too) and projection lag; needs an Axon
#                               Server SE jar (AXONSERVER_JAR or /opt/axonserver/axonserver.jar), psql and nginx
# Options: --segundos=N --concorrencias=1,4,16 --eventos-replay=N --crescimento=N,M --heap=768m --importacao=N
#          --limite-replay-min=N --medicoes-de-carga=N --taxa-cpu=N --jfr (profile the platform into bench/target/*.jfr)
#          --manter-dados (keep the data directory) --propriedade=chave=valor (a platform property, repeatable)
#          --construir (build even if nothing changed) --java=PATH (the platform's java) --opcao-jvm=X (repeatable)
#          --cache-aot (Java 25+: a training run writes an ahead-of-time cache, the measured run starts from it)
#          --sql (PostgreSQL's costliest statements per command in the CPU step, through pg_stat_statements)
set -euo pipefail
cd "$(dirname "$0")/.."
app=app/target/licenciamento.jar
bench=bench/target/bench.jar
construir=0
[[ " $* " == *" --construir "* ]] && construir=1
[[ -f $app && -f $bench ]] || construir=1
if [[ $construir == 0 ]]; then
    # Any source or pom changed since the older of the two jars was built?
    antigo=$app
    [[ $bench -ot $app ]] && antigo=$bench
    if [[ -n "$(find . -path ./.git -prune -o \( -path '*/src/main/*' -o -name pom.xml \) -type f -newer "$antigo" -print -quit)" ]]; then
        construir=1
    fi
fi
if [[ $construir == 1 ]]; then
    # Without this, a change in a module other than app left the old fat jar: the jar plugin saw app's own classes
    # unchanged and kept the file, and Spring Boot's repackage skips a jar that is already repackaged.
    rm -f "$app" "$bench"
    ./mvnw -B -q -Pbench -DskipTests package
fi
# The client's own GC and safepoint pauses are logged: a pause in the client would look like a lag of the platform.
cliente=(-Xmx1g "-Xlog:gc*,safepoint:file=bench/target/cliente-gc.log:uptime,tags:filecount=0")
[[ " $* " == *" --jfr "* ]] && cliente+=("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=bench/target/cliente.jfr")
exec java "${cliente[@]}" -jar "$bench" "$@"
