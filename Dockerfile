# Build stage: Maven compiles the app, precompiles the templates and packages one runnable jar.
FROM maven:3.9-eclipse-temurin-17 AS build
# npm installs the one browser library that no WebJar serves (pinned in frontend/package-lock.json).
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /build
COPY pom.xml .
RUN mvn -B -q dependency:go-offline || true
COPY src src
COPY frontend frontend
COPY lessons lessons
COPY .ci .ci
RUN mvn -B -q package -DskipTests

# Run stage: only a JRE and the jar. Lessons and browser code travel inside the jar.
FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /build/target/switchboard.jar switchboard.jar
ENV PORT=7070 DATA_DIR=/data
VOLUME /data
EXPOSE 7070
CMD ["java", "-jar", "switchboard.jar"]
