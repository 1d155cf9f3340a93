# bibfolio in a container: build stage with Maven and a JDK, then a JRE image with the one-file bibfolio.
#   docker build -t bibfolio .
#   docker run --rm -v "$PWD:/data" bibfolio export --style apa
# The library is the mounted folder's library.bib (the working folder is /data); files it writes land there too.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml ./
COPY src/main src/main
COPY styles styles
COPY library.bib ./
# -DskipTests: the tests need TeX Live, pandoc and Chromium, which the CI runs (.ci/run); this builds the file.
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:17-jre
COPY --from=build /src/target/bibfolio /usr/local/bin/bibfolio
COPY --from=build /src/target/man/bibfolio.1 /usr/local/share/man/man1/bibfolio.1
# Train the class-data archive into the image, so every container starts fast; /data is where the user's files are.
ENV XDG_CACHE_HOME=/var/cache/bibfolio-jvm
RUN bibfolio --version
WORKDIR /data
ENTRYPOINT ["bibfolio"]
CMD ["--help"]
