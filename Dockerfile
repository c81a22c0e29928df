# syntax=docker/dockerfile:1
# One image per service, from the same Dockerfile:
#
#   docker build --build-arg SERVICE=timeline-service  -t newsroom/timeline-service .
#   docker build --build-arg SERVICE=factcheck-service -t newsroom/factcheck-service .
#
# Needs BuildKit (the default builder since Docker 23 and in docker compose v2).
# Run with QUARKUS_DATASOURCE_JDBC_URL/_USERNAME/_PASSWORD pointing at PostgreSQL (see
# docker-compose.yml); without them the service refuses to start. The image carries no embedded
# PostgreSQL binaries. JVM options go in JAVA_TOOL_OPTIONS, which the JVM reads itself.

ARG SERVICE=timeline-service

# --- Build ---------------------------------------------------------------------------------
FROM eclipse-temurin:17-jdk AS build
ARG SERVICE
WORKDIR /src

# The wrapper and the poms first (they change least), then the sources, and what the build
# packages from outside the modules: the dev key (verifies ./dev-token tokens in the local
# profile only) and the seed articles.
COPY mvnw ./
COPY .mvn/ .mvn/
COPY pom.xml ./
COPY foundation/pom.xml foundation/
COPY testing/pom.xml testing/
COPY timeline-service/pom.xml timeline-service/
COPY factcheck-service/pom.xml factcheck-service/
# Listed in the parent, so its pom must be there; -pl SERVICE -am never builds it.
COPY clients/pom.xml clients/
COPY dev-jwt/ dev-jwt/
COPY seeds/ seeds/
COPY foundation/src/ foundation/src/
COPY testing/src/ testing/src/
COPY timeline-service/src/ timeline-service/src/
COPY factcheck-service/src/ factcheck-service/src/

# Maven and the dependencies live in a BuildKit cache mount: downloaded once, kept between
# builds, never in the image. -am builds the modules the service needs (foundation, testing).
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -q -pl "$SERVICE" -am -DskipTests package \
 && rm "$SERVICE"/target/quarkus-app/lib/main/io.zonky.test.postgres.embedded-postgres-binaries-*.jar

# --- Run -----------------------------------------------------------------------------------
FROM eclipse-temurin:17-jre
ARG SERVICE

RUN groupadd --system newsroom \
 && useradd --system --gid newsroom --home-dir /deployments --no-create-home newsroom

WORKDIR /deployments
# Quarkus fast-jar layout: quarkus-run.jar needs lib/, app/ and quarkus/ beside it. Owned by
# root and only readable by the service user.
COPY --from=build /src/${SERVICE}/target/quarkus-app/lib/ /deployments/lib/
COPY --from=build /src/${SERVICE}/target/quarkus-app/app/ /deployments/app/
COPY --from=build /src/${SERVICE}/target/quarkus-app/quarkus/ /deployments/quarkus/
COPY --from=build /src/${SERVICE}/target/quarkus-app/quarkus-run.jar /deployments/

USER newsroom
# timeline-service listens on 8081, factcheck-service on 8082 (QUARKUS_HTTP_PORT overrides).
EXPOSE 8081 8082
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75.0"
ENTRYPOINT ["java", "-jar", "/deployments/quarkus-run.jar"]
