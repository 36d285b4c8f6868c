# The docreport CLI, self-contained (the runtime and the app precompiled as one composite image: the fastest start-up),
# on the .NET runtime-deps image, with the fonts the brief draws with.
#   docker build -t docreport .
#   docker run --rm -v "$PWD/articles:/data/in:ro" -v "$PWD/out:/data/out" docreport convert /data/in -o /data/out
# Build with more scripts' fonts (Chinese, Japanese, Korean, Arabic, Hindi...; about 300 MB more):
#   docker build --build-arg EXTRA_FONTS="fonts-noto-core fonts-noto-cjk" -t docreport .
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/DocReport.Cli -c Release -r linux-x64 --self-contained -o /app

FROM mcr.microsoft.com/dotnet/runtime-deps:10.0
ARG EXTRA_FONTS=""
# DejaVu is the brief's default family; fontconfig lets the layout find a font for characters DejaVu lacks.
RUN apt-get update \
    && apt-get install -y --no-install-recommends fonts-dejavu-core fontconfig ${EXTRA_FONTS} \
    && rm -rf /var/lib/apt/lists/*
COPY --from=build /app /app
RUN ln -s /app/DocReport.Cli /usr/local/bin/docreport
USER app
WORKDIR /data
ENTRYPOINT ["docreport"]
CMD ["--help"]
