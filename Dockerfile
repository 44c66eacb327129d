# One image per service: docker build --build-arg MODULO=licenca-command .
FROM eclipse-temurin:17-jdk AS build
ARG MODULO
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q -DskipTests -pl ${MODULO} -am package \
    && cp ${MODULO}/target/${MODULO}-*-exec.jar /servico.jar

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 licenciamento
USER licenciamento
COPY --from=build /servico.jar /app/servico.jar
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
ENTRYPOINT ["java", "-jar", "/app/servico.jar"]
