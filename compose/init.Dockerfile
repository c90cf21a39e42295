# The one-shot `init` service of docker-compose.yml: runs scripts/compose-init, which creates keys, tokens and the
# database password in compose/keys the first time and keeps them afterwards.
FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends openssl \
 && rm -rf /var/lib/apt/lists/*
COPY scripts/compose-init /sysmgmt/scripts/compose-init
COPY scripts/lib/jwt.sh /sysmgmt/scripts/lib/jwt.sh
# 1654: the "app" user SMD and BSS run as in the .NET images; 999: the postgres image's user.
ENTRYPOINT ["/sysmgmt/scripts/compose-init", "--keys", "/keys", "--service-owner", "1654", "--postgres-owner", "999"]
