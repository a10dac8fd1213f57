# syntax=docker/dockerfile:1.7
# The Itqan Quran API as a container image: built with the Maven wrapper on a JDK 25, run on a JRE 25 as a
# non-root user, from Spring Boot's extracted layers (dependencies change less often than the application, so
# their layers stay cached) with a JDK AOT cache made by a training run in the runtime image itself.
#   docker build -t itqan-quran-api .
#   docker run -p 8080:8080 itqan-quran-api                                   (embedded H2, data inside the container)
#   docker compose up                                                         (two nodes, PostgreSQL, Redis, nginx)

FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
# Dependencies first: this layer is rebuilt only when the pom changes.
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q dependency:go-offline
COPY src/ src/
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q package -DskipTests -Djacoco.skip=true \
 && cp target/quran-api-*.jar /app.jar
# Boot 4: "extract --layers" writes one directory per layer; without --launcher the application is a plain jar
# (app.jar, whose manifest Class-Path names lib/*.jar), the layout the AOT cache requires (it cannot use classes
# loaded from nested jars or from directories).
RUN java -Djarmode=tools -jar /app.jar extract --layers --destination /layers

FROM eclipse-temurin:25-jre
# curl for the HEALTHCHECK (installed only if the base image lacks it).
RUN command -v curl >/dev/null || (apt-get update && apt-get install -y --no-install-recommends curl \
      && rm -rf /var/lib/apt/lists/*) \
 && groupadd --system --gid 10001 itqan \
 && useradd --system --uid 10001 --gid itqan --home-dir /app --shell /usr/sbin/nologin itqan
WORKDIR /app
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./

# The production JVM flags (README "JVM flags"). The AOT cache is only used by a JVM started with compatible
# flags, so the training run below reads the same JAVA_TOOL_OPTIONS. Override heap sizes together with the
# container memory limit.
ENV JAVA_TOOL_OPTIONS="-Xms256m -Xmx256m -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=64m -Xss512k -XX:+UseG1GC -XX:-G1UseAdaptiveIHOP -XX:InitiatingHeapOccupancyPercent=75 -XX:+ExitOnOutOfMemoryError" \
    SERVER_PORT=8080

# AOT cache training run (JEP 514/515): starts the application on a throw-away in-memory database, exits once the
# context is refreshed, and writes app.aot. It must run in this image: the cache is tied to this exact JVM build.
RUN java -XX:AOTCacheOutput=app.aot -Dspring.context.exit=onRefresh -jar app.jar \
      --spring.datasource.url='jdbc:h2:mem:training;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH' \
      --quran.search.index-directory= --logging.level.root=WARN \
 && rm -rf data && mkdir -p data && chown itqan:itqan data

USER itqan
# ./data holds the H2 database (embedded default) and the stored search index (every configuration).
VOLUME /app/data
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD curl -fsS http://127.0.0.1:8080/actuator/health/readiness >/dev/null || exit 1
# Spring Boot stops gracefully on SIGTERM (server.shutdown=graceful): in-flight requests complete.
STOPSIGNAL SIGTERM
ENTRYPOINT ["java", "-XX:AOTCache=app.aot", "-jar", "app.jar"]
