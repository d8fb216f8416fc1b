# Small production image: dependencies built in a first stage, only the virtualenv and the
# sources in the second; runs as an unprivileged user; migrates, then serves.
FROM python:3.11-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
WORKDIR /src
COPY pyproject.toml README.md ./
COPY graphql_api ./graphql_api
COPY notifications ./notifications
# The pinned dependencies only: the application runs from its sources in /app (Alembic's
# folder sits beside them).
RUN pip install . && pip uninstall -y orientation-graphql

FROM python:3.11-slim AS runtime
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    ENVIRONMENT=production \
    LOG_FORMAT=json \
    HOST=0.0.0.0 \
    PORT=8000 \
    DATA_DIR=/var/lib/orientation
RUN useradd --system --uid 10001 --no-create-home --shell /usr/sbin/nologin orientation \
    && mkdir -p /var/lib/orientation && chown orientation /var/lib/orientation
COPY --from=build /opt/venv /opt/venv
WORKDIR /app
COPY graphql_api ./graphql_api
COPY notifications ./notifications
COPY alembic ./alembic
COPY alembic.ini ./
# The reference front-end served at / (its vendored assets are committed: no npm step).
COPY web ./web
USER orientation
EXPOSE 8000
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/health' % os.environ.get('PORT', '8000'), timeout=2)"]
CMD ["sh", "-c", "python -m graphql_api migrate && exec python -m graphql_api serve"]
