# bytepy in a container: Jupyter Notebook (Debian's packages) with the
# bytepy kernel, usable as a JupyterHub single-user image or as the kernel
# image of Jupyter Enterprise Gateway.
#
#   docker build -t bytepy .
#   docker run --rm -p 8888:8888 bytepy            # Notebook on :8888, token in the log
#   docker run --rm -it bytepy jupyter console --kernel bytepy
#
# No Docker engine runs on the machines this repository is developed and
# tested on, so this file is not built there. Its steps are therefore
# install.sh's own, run as install.sh runs them, and CI exercises install.sh
# (test.sh, and `HOME=$(mktemp -d) ./install.sh`):
#   build stage:   ./install.sh --system --no-jupyter
#                  (go build → /usr/local/bin/bytepy, then
#                   bytepy install --prefix /usr/local)
#   runtime stage: ./install.sh --system --jupyter-only
#                  (apt-get install of the Debian Jupyter packages)
# Change install.sh, not this file, when an install step changes.

ARG GO_VERSION=1.26.8

# --- build: the bytepy binary and its kernelspec -----------------------------
FROM golang:${GO_VERSION}-bookworm AS build
WORKDIR /src
# Modules first, so editing the source does not refetch them.
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# cgo stays on (libm, dlopen for native code): the binary links the same
# glibc 2.36 that the bookworm runtime below has.
RUN ./install.sh --system --no-jupyter

# --- runtime: Debian's Jupyter, bytepy, its kernelspec, the notebooks ---------
FROM debian:bookworm-slim

COPY install.sh /opt/bytepy/install.sh
# JupyterHub's jupyterhub-singleuser comes from Debian's jupyterhub package;
# it is the one package here that install.sh does not install (a workstation
# has no use for it). Its version must match the hub's major version.
# (install.sh's closing check warns here that Jupyter does not list bytepy
# yet: the kernelspec is copied in after this layer, to keep it cached.)
ARG WITH_JUPYTERHUB=1
RUN /opt/bytepy/install.sh --system --jupyter-only \
	&& if [ "$WITH_JUPYTERHUB" = 1 ]; then \
		apt-get install -y -qq --no-install-recommends jupyterhub >/dev/null; fi \
	&& apt-get install -y -qq --no-install-recommends tini >/dev/null \
	&& apt-get clean && rm -rf /var/lib/apt/lists/*

COPY --from=build /usr/local/bin/bytepy /usr/local/bin/bytepy
COPY --from=build /usr/local/share/jupyter/kernels/bytepy /usr/local/share/jupyter/kernels/bytepy

# JupyterHub's and Enterprise Gateway's convention: an unprivileged jovyan,
# uid 1000, home /home/jovyan, notebooks in the working directory.
ARG NB_USER=jovyan
ARG NB_UID=1000
RUN useradd --create-home --uid "$NB_UID" --shell /bin/bash "$NB_USER"
COPY --chown=${NB_UID}:${NB_UID} notebooks/ /home/${NB_USER}/notebooks/
USER ${NB_UID}
WORKDIR /home/${NB_USER}
ENV SHELL=/bin/bash \
	BYTEPY_LOG=warn

# The image's own check: Jupyter sees the kernelspec and bytepy runs.
RUN jupyter kernelspec list | grep '^ *bytepy ' && bytepy -c 'print("bytepy", 1 + 1)'

EXPOSE 8888
# tini reaps kernels and forwards signals (SIGINT interrupts a cell).
ENTRYPOINT ["/usr/bin/tini", "--"]
# A single-user server. JupyterHub (DockerSpawner, KubeSpawner) runs
# jupyterhub-singleuser in its place. Enterprise Gateway runs this image as a
# kernel pod/container with its own command: the kernelspec's argv,
# `bytepy kernel --connection-file FILE`, given a connection file. Known gap:
# EG's stock container launchers (bootstrap-kernel.sh and the per-language
# launchers that report the connection back to the gateway) are not in this
# image; a gateway kernelspec for bytepy must supply that launcher.
CMD ["jupyter", "notebook", "--ip=0.0.0.0", "--port=8888", "--no-browser"]
