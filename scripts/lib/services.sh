# shellcheck shell=bash
#
# services.sh — throwaway services for Sotto's tests (Linux only).
#
# Source this file, then:
#
#   sotto_services_start [--server prosody|ejabberd]
#   trap sotto_services_stop EXIT
#
# sotto_services_start brings up, inside one fresh temp dir:
#   - a private Prosody 0.12 on 127.0.0.1 (STARTTLS and direct-TLS c2s ports,
#     self-signed cert for "localhost", in-band registration, MAM, smacks, ...),
#     or with --server ejabberd a private ejabberd 23.01 set up alike
#     (scripts/lib/ejabberd.sh),
#   - a private D-Bus session bus with gnome-keyring-daemon serving the Secret
#     Service API, its "login" keyring created and unlocked,
#   - an Xvfb display (falls back to QT_QPA_PLATFORM=offscreen without Xvfb),
# and exports for the tests:
#   SOTTO_TEST_XMPP_HOST SOTTO_TEST_XMPP_PORT SOTTO_TEST_XMPP_TLS_PORT
#   SOTTO_TEST_XMPP_DOMAIN SOTTO_TEST_XMPP_CERT SOTTO_TEST_XMPP_CERT_SHA256
#   SOTTO_TEST_SERVER_CTL DBUS_SESSION_BUS_ADDRESS SOTTO_TEST_SECRET_SERVICE
#   DISPLAY XAUTHORITY QT_QPA_PLATFORM XDG_RUNTIME_DIR SOTTO_SERVICES_DIR
#
# sotto_services_stop stops all of it, removes the temp dir and restores the
# variables above. It is idempotent and safe in an EXIT trap after a failed or
# half-finished start. It only stops what this shell started: a child script
# that inherited the variables and sets the same trap leaves its parent's
# services alone (`sotto_services_stop "$SOTTO_SERVICES_DIR"` is explicit).
# If start fails it cleans up itself and returns 1.
#
# The sotto_prosody_* functions manage one Prosody instance living in a
# directory; scripts/local-server and the generated SOTTO_TEST_SERVER_CTL script
# reuse them.
#
# Knobs (environment): SOTTO_SERVICES_TIMEOUT (seconds to wait for each
# service, default 15), SOTTO_SERVICES_KEEP=1 (keep the temp dir with its logs
# after stop, for debugging), SOTTO_PROSODY_LOG_LEVEL (default "info"; "debug"
# logs stanzas).
#
# Style: this file is sourced by scripts running `set -euo pipefail`, so every
# function checks its own errors (`|| return 1`) instead of relying on errexit,
# never leaves a pipeline whose early exit pipefail would misreport, and never
# changes the caller's shell options.
#
# Process bookkeeping: every daemon is started detached (own session, stdio on
# files) with SOTTO_SERVICES_TAG=<its state dir> in its environment. Before
# signalling a recorded PID we check that tag in /proc/PID/environ, so a
# recycled PID or another user's instance is never hit, and the final sweep
# finds stragglers by tag — never by process name.

_SOTTO_SERVICES_LIB="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")"
# The ejabberd instance (sotto_services_start --server ejabberd) lives next door.
# shellcheck source=scripts/lib/ejabberd.sh
source "$(dirname "$_SOTTO_SERVICES_LIB")/ejabberd.sh"

# The variables sotto_services_start exports; stop restores their old values.
_SOTTO_EXPORTED_VARS=(
	SOTTO_TEST_XMPP_HOST SOTTO_TEST_XMPP_PORT SOTTO_TEST_XMPP_TLS_PORT
	SOTTO_TEST_XMPP_DOMAIN SOTTO_TEST_XMPP_CERT SOTTO_TEST_XMPP_CERT_SHA256
	SOTTO_TEST_SERVER_CTL DBUS_SESSION_BUS_ADDRESS SOTTO_TEST_SECRET_SERVICE
	DISPLAY XAUTHORITY QT_QPA_PLATFORM XDG_RUNTIME_DIR SOTTO_SERVICES_DIR
)
_SOTTO_SAVED_ENV=()
# The temp dir of the session this shell started. Deliberately not exported:
# a child script that inherits SOTTO_SERVICES_DIR and runs
# `trap sotto_services_stop EXIT` must not tear down its parent's services.
_SOTTO_SERVICES_OWNED=""

# ---------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------

_sotto_say() { printf 'services: %s\n' "$*" >&2; }
_sotto_err() { printf 'services: error: %s\n' "$*" >&2; }
_sotto_warn() { printf 'services: warning: %s\n' "$*" >&2; }

# Milliseconds since the epoch, without forking (bash 5 EPOCHREALTIME; the
# digit filter copes with locales whose decimal separator is a comma).
_sotto_now_ms() {
	local us=${EPOCHREALTIME//[!0-9]/}
	printf '%s\n' $((us / 1000))
}

_sotto_timeout_ms() { printf '%s\n' $((${SOTTO_SERVICES_TIMEOUT:-15} * 1000)); }

# Prints the last lines of a log file to stderr, indented, to explain a failure.
_sotto_log_tail() {
	local file=$1 lines=${2:-25}
	[[ -s $file ]] || return 0
	printf 'services: --- last lines of %s ---\n' "$file" >&2
	tail -n "$lines" -- "$file" | sed 's/^/    /' >&2 || true
}

# True if PID exists and is not a zombie. Zombies matter: daemons are
# reparented to PID 1, which may reap late (or never, in some containers), so
# `kill -0` alone would report a dead daemon as alive.
_sotto_alive() {
	local pid=$1 stat
	[[ $pid =~ ^[0-9]+$ ]] || return 1
	read -r stat 2>/dev/null </proc/"$pid"/stat || return 1
	stat=${stat##*) }
	[[ ${stat:0:1} != [ZX] ]]
}

# True if PID is alive and was started by us with this tag.
_sotto_is_ours() {
	local pid=$1 tag=$2
	_sotto_alive "$pid" || return 1
	grep -qzFx -- "SOTTO_SERVICES_TAG=$tag" /proc/"$pid"/environ 2>/dev/null
}

# mkdir -p with every created directory private to the user.
_sotto_mkdir_private() { (umask 077 && mkdir -p -- "$@"); }

# Reads the PID recorded in a pid file (empty output if none).
_sotto_pidfile_pid() {
	local pid=""
	[[ -r $1 ]] && read -r pid <"$1" 2>/dev/null
	[[ $pid =~ ^[0-9]+$ ]] && printf '%s\n' "$pid"
	return 0
}

# Waits until PID is gone; returns 1 if it is still alive after MS milliseconds.
_sotto_wait_gone() {
	local pid=$1 deadline=$(($(_sotto_now_ms) + $2))
	while _sotto_alive "$pid"; do
		(($(_sotto_now_ms) < deadline)) || return 1
		sleep 0.05
	done
}

# Stops the daemon recorded in PIDFILE if it carries TAG: SIGTERM, then
# SIGKILL after GRACE_MS. Removes the pid file. Always returns 0.
_sotto_terminate() {
	local pidfile=$1 tag=$2 name=$3 grace_ms=${4:-10000} pid
	pid=$(_sotto_pidfile_pid "$pidfile")
	if [[ -n $pid ]] && _sotto_is_ours "$pid" "$tag"; then
		kill -TERM "$pid" 2>/dev/null || true
		if ! _sotto_wait_gone "$pid" "$grace_ms"; then
			_sotto_warn "$name (pid $pid) ignored SIGTERM for ${grace_ms} ms; killing it"
			kill -KILL "$pid" 2>/dev/null || true
			_sotto_wait_gone "$pid" 2000 || _sotto_warn "$name (pid $pid) survived SIGKILL"
		fi
	fi
	rm -f -- "$pidfile"
	return 0
}

# SIGKILLs any process still carrying one of the given tags (e.g. a child a
# daemon forked). Finding processes by tag instead of by name keeps other
# instances — ours or another user's — untouched.
_sotto_sweep() {
	local args=() tag file pid comm
	for tag in "$@"; do args+=(-e "SOTTO_SERVICES_TAG=$tag"); done
	for file in $(grep -lzFx "${args[@]}" /proc/[0-9]*/environ 2>/dev/null || true); do
		pid=${file#/proc/}
		pid=${pid%/environ}
		[[ $pid == "$$" || $pid == "$BASHPID" ]] && continue
		_sotto_alive "$pid" || continue
		comm=$(cat /proc/"$pid"/comm 2>/dev/null || true)
		_sotto_warn "killing leftover process $pid ($comm)"
		kill -KILL "$pid" 2>/dev/null || true
		_sotto_wait_gone "$pid" 2000 || true
	done
	return 0
}

# _sotto_spawn [--stdin] TAG PIDFILE LOGFILE COMMAND...
# Starts COMMAND detached: new session (so a Ctrl-C in the test terminal or the
# caller's process group handling does not reach it), stdout/stderr appended to
# LOGFILE, stdin /dev/null (or this function's stdin with --stdin), TAG in its
# environment. The double fork makes it a child of PID 1, not of the calling
# shell, so the caller's `wait` never blocks on it and bash prints no job
# notices. The inner sh records its own PID and then execs, so PIDFILE holds
# the daemon's PID whatever setsid does. Waits (briefly) for PIDFILE.
_sotto_spawn() {
	local use_stdin=0
	if [[ $1 == --stdin ]]; then use_stdin=1; shift; fi
	local tag=$1 pidfile=$2 log=$3
	shift 3
	rm -f -- "$pidfile"
	# shellcheck disable=SC2016 # $$ and $0 are for the inner sh
	local launcher=(setsid sh -c 'echo $$ >"$0" && exec "$@"' "$pidfile" "$@")
	if ((use_stdin)); then
		(SOTTO_SERVICES_TAG=$tag "${launcher[@]}" <&0 >>"$log" 2>&1 &)
	else
		(SOTTO_SERVICES_TAG=$tag "${launcher[@]}" </dev/null >>"$log" 2>&1 &)
	fi
	local deadline=$(($(_sotto_now_ms) + 5000))
	until [[ -s $pidfile ]]; do
		if (($(_sotto_now_ms) >= deadline)); then
			_sotto_err "could not launch $1"
			return 1
		fi
		sleep 0.01
	done
}

# True if something accepts TCP connections on 127.0.0.1:PORT.
_sotto_port_open() {
	(: <>/dev/tcp/127.0.0.1/"$1") 2>/dev/null
}

# Reads KEY from a KEY=VALUE file (our own state files; never sourced).
_sotto_conf_get() {
	sed -n "/^$2=/{s///p;q}" "$1" 2>/dev/null
}

# ---------------------------------------------------------------------------
# Prosody: one instance per directory
# ---------------------------------------------------------------------------
#
# Layout of a Prosody state dir DIR:
#   instance.env   host, ports, domain, cert fingerprint (KEY=VALUE)
#   prosody.cfg.lua, plugins/mod_sotto_ready.lua
#   certs/<domain>.crt, certs/<domain>.key
#   data/          accounts, rosters, archives (survives stop/start)
#   prosody.log, prosody.pid, ctl (generated control script)
#
# Running as root: the `prosody` binary itself never changes user (only
# prosodyctl does, in util/startup.lua switch_user), but the autoloaded
# mod_posix shuts the server down at startup when uid is 0 unless
# `run_as_root = true`. prosodyctl, as root, would setuid to the "prosody" user
# — which cannot read our 0700 temp dir — unless that same option is set. So
# the config always sets run_as_root = true (it is ignored for other users) and
# the instance runs as whoever started it. mod_posix stays loaded: with -F it
# does not daemonize, and it gives us a graceful SIGTERM shutdown.

_SOTTO_PROSODY_MODULES=(
	roster saslauth tls disco pep carbons mam smacks blocklist ping register
	vcard_legacy sotto_ready
)

_sotto_prosody_bin() {
	command -v prosody 2>/dev/null || {
		_sotto_err "prosody not found (Debian: apt-get install prosody lua-sec)"
		return 1
	}
}

# The Lua interpreter Prosody runs on (from its shebang), used to probe ports
# with the LuaSocket that Prosody itself uses.
_sotto_prosody_lua() {
	local bin line
	bin=$(_sotto_prosody_bin) || return 1
	read -r line <"$bin" || true
	line=${line#\#!}
	line=${line##* } # "/usr/bin/env lua5.4" -> "lua5.4"
	command -v "${line:-lua}" 2>/dev/null || {
		_sotto_err "cannot find Prosody's Lua interpreter (${line:-lua})"
		return 1
	}
}

# Prints two distinct free TCP ports on 127.0.0.1. Candidates are drawn below
# the kernel's ephemeral range, so an outgoing connection can never be sitting
# on one of them when the server is restarted on the same ports later. Each
# candidate is proved free by binding it (with SO_REUSEADDR, like Prosody);
# both stay bound until both are found so they differ. The remaining race with
# other processes is handled by retrying the whole start (sotto_prosody_up).
_sotto_pick_ports() {
	local lua eph_lo lo hi
	lua=$(_sotto_prosody_lua) || return 1
	read -r eph_lo _ </proc/sys/net/ipv4/ip_local_port_range || eph_lo=32768
	hi=$((eph_lo - 1))
	lo=$((hi - 10000))
	((lo >= 1024)) || lo=1024
	"$lua" - "$lo" "$hi" "${SRANDOM:-$RANDOM}" <<'LUA'
local socket = require "socket"
local lo, hi, seed = tonumber(arg[1]), tonumber(arg[2]), tonumber(arg[3])
math.randomseed(seed, os.time())
local held, ports = {}, {}
for _ = 1, 500 do
	local port = math.random(lo, hi)
	local s = socket.bind("127.0.0.1", port)
	if s then
		held[#held + 1] = s
		ports[#ports + 1] = port
		if #ports == 2 then break end
	end
end
for _, s in ipairs(held) do s:close() end
if #ports < 2 then io.stderr:write("no free ports found\n") os.exit(1) end
print(ports[1], ports[2])
LUA
}

# Creates a self-signed certificate for DOMAIN with SANs DNS:DOMAIN and
# IP:127.0.0.1 (EC P-256: fast to generate, fine for Qt/OpenSSL clients).
_sotto_make_cert() {
	local dir=$1 domain=$2
	_sotto_mkdir_private "$dir/certs" || return 1
	openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
		-keyout "$dir/certs/$domain.key" -out "$dir/certs/$domain.crt" \
		-days 3650 -subj "/CN=$domain" \
		-addext "subjectAltName=DNS:$domain,IP:127.0.0.1" \
		>"$dir/openssl.log" 2>&1 || {
		_sotto_err "openssl could not create the test certificate"
		_sotto_log_tail "$dir/openssl.log"
		return 1
	}
	rm -f -- "$dir/openssl.log"
}

# Lowercase hex SHA-256 of the certificate's DER encoding, no colons.
_sotto_cert_sha256() {
	local sum
	sum=$(openssl x509 -in "$1" -outform DER | sha256sum) || return 1
	printf '%s\n' "${sum%% *}"
}

# Writes instance.env. Arguments: DIR DOMAIN PORT TLS_PORT CERT_SHA256.
_sotto_prosody_write_env() {
	cat >"$1/instance.env" <<EOF || return 1
HOST=127.0.0.1
DOMAIN=$2
PORT=$3
TLS_PORT=$4
CERT=$1/certs/$2.crt
CERT_SHA256=$5
EOF
}

# Prosody logs nothing once it has finished starting, so this tiny plugin
# does: the readiness wait looks for its line instead of guessing.
_sotto_prosody_write_plugin() {
	mkdir -p "$1/plugins" || return 1
	cat >"$1/plugins/mod_sotto_ready.lua" <<'LUA' || return 1
-- Generated by scripts/lib/services.sh: marks the end of startup in the log.
module:set_global();
module:hook_global("server-started", function ()
	module:log("info", "sotto: server started");
end);
LUA
}

# Prosody's storage: "internal" (files; the default, and what the tests use) or, with
# SOTTO_PROSODY_STORAGE=sql, SQLite through LuaDBI (Debian lua-dbi-sqlite3). The internal
# store rereads a user's whole archive file for every archive page and keeps at most
# 10,000 items a user, so catch-up benchmarks of 10,000 messages want sql.
_sotto_prosody_storage_config() {
	case ${SOTTO_PROSODY_STORAGE:-internal} in
	internal) echo 'storage = "internal"' ;;
	sql) printf '%s\n' 'storage = "sql"' 'sql = { driver = "SQLite3"; database = "prosody.sqlite" }' ;;
	*)
		_sotto_err "SOTTO_PROSODY_STORAGE must be internal or sql, not '${SOTTO_PROSODY_STORAGE}'"
		return 1
		;;
	esac
}

# Renders prosody.cfg.lua from instance.env. Paths are Lua long strings so no
# character in them needs escaping.
_sotto_prosody_write_config() {
	local dir=$1 domain port tls_port mods="" m storage
	storage=$(_sotto_prosody_storage_config) || return 1
	domain=$(_sotto_conf_get "$dir/instance.env" DOMAIN)
	port=$(_sotto_conf_get "$dir/instance.env" PORT)
	tls_port=$(_sotto_conf_get "$dir/instance.env" TLS_PORT)
	[[ -n $domain && -n $port && -n $tls_port ]] || {
		_sotto_err "$dir/instance.env is incomplete"
		return 1
	}
	for m in "${_SOTTO_PROSODY_MODULES[@]}"; do mods+="\"$m\"; "; done
	cat >"$dir/prosody.cfg.lua" <<EOF || return 1
-- Generated by scripts/lib/services.sh for a throwaway Sotto test server.
-- Regenerated on every start: edit the generator, not this file.

-- The process runs as whoever started it, root included (CI runs as root):
-- without this, mod_posix refuses to start as root and prosodyctl switches to
-- the "prosody" user, who cannot read this directory.
run_as_root = true
umask = "077"

data_path = [==[$dir/data]==]
plugin_paths = { [==[$dir/plugins]==] }
log = {
	{ levels = { min = "${SOTTO_PROSODY_LOG_LEVEL:-info}" }, to = "file", filename = [==[$dir/prosody.log]==] };
}

-- Loopback only, on ports chosen at run time; no s2s, no HTTP.
interfaces = { "127.0.0.1" }
local_interfaces = { "127.0.0.1" }
c2s_ports = { $port }
c2s_direct_tls_ports = { $tls_port }
s2s_ports = { }
http_ports = { }
https_ports = { }
modules_disabled = { "s2s"; "s2s_auth_certs"; }

certificates = [==[$dir/certs]==]
ssl = {
	certificate = [==[$dir/certs/$domain.crt]==];
	key = [==[$dir/certs/$domain.key]==];
}
c2s_require_encryption = true

authentication = "internal_hashed"
$storage

-- In-band registration for the tests. mod_register_limits only throttles
-- when min_seconds_between_registrations / registration_throttle_max is set
-- (neither is), and loopback is allowlisted anyway: stated here so a future
-- throttle setting cannot slow the tests down.
allow_registration = true
registration_allowlist = { "127.0.0.1"; "::1" }

-- Archive every message and keep it for the lifetime of the instance.
default_archive_policy = true
archive_expires_after = "never"

modules_enabled = { $mods}

VirtualHost "$domain"
EOF
}

# Picks fresh ports and rewrites instance.env and the config for them.
_sotto_prosody_assign_ports() {
	local dir=$1 ports domain sha
	ports=$(_sotto_pick_ports) || {
		_sotto_err "could not find free TCP ports on 127.0.0.1"
		return 1
	}
	domain=$(_sotto_conf_get "$dir/instance.env" DOMAIN)
	sha=$(_sotto_conf_get "$dir/instance.env" CERT_SHA256)
	# shellcheck disable=SC2086 # ports is "PORT TLS_PORT"
	_sotto_prosody_write_env "$dir" "$domain" $ports "$sha" || return 1
	_sotto_prosody_write_config "$dir"
}

# sotto_prosody_init DIR [DOMAIN]: sets up a new instance in DIR (created if
# needed, must not hold an instance yet): certificate, ports, config.
sotto_prosody_init() {
	local dir=$1 domain=${2:-localhost} sha
	_sotto_prosody_bin >/dev/null || return 1
	[[ ! -e $dir/instance.env ]] || {
		_sotto_err "$dir already holds a Prosody instance"
		return 1
	}
	_sotto_mkdir_private "$dir" "$dir/data" || return 1
	_sotto_make_cert "$dir" "$domain" || return 1
	sha=$(_sotto_cert_sha256 "$dir/certs/$domain.crt") || return 1
	_sotto_prosody_write_env "$dir" "$domain" 0 0 "$sha" || return 1
	_sotto_prosody_write_plugin "$dir" || return 1
	_sotto_prosody_assign_ports "$dir" || return 1
	sotto_prosody_write_ctl "$dir"
}

# sotto_prosody_write_ctl DIR: generates DIR/ctl, a standalone executable that
# controls this instance by calling back into this library.
sotto_prosody_write_ctl() { _sotto_write_ctl prosody "$1"; }

# _sotto_write_ctl KIND DIR: the ctl script of a KIND (prosody, ejabberd) instance.
_sotto_write_ctl() {
	local kind=$1 dir=$2
	{
		printf '#!/usr/bin/env bash\n'
		printf '# Controls the %s test instance in %s.\n' "$kind" "$dir"
		printf '# Usage: ctl start|stop|restart|kill|pause|resume|status|register USER PASS\n'
		printf '# Generated by scripts/lib/services.sh.\n'
		printf 'set -euo pipefail\n'
		printf 'source %q\n' "$_SOTTO_SERVICES_LIB"
		printf 'sotto_%s_ctl %q "$@"\n' "$kind" "$dir"
	} >"$dir/ctl" || return 1
	chmod 755 "$dir/ctl"
}

_sotto_prosody_pid() {
	local pid
	pid=$(_sotto_pidfile_pid "$1/prosody.pid")
	[[ -n $pid ]] && _sotto_is_ours "$pid" "$1" && printf '%s\n' "$pid"
	return 0
}

sotto_prosody_running() { [[ -n $(_sotto_prosody_pid "$1") ]]; }

# Waits until the Prosody just launched in DIR has finished starting: the
# ready line (from mod_sotto_ready) is in the part of the log written by this
# run with no error before it, and both ports accept connections. Returns 2
# if a port was taken by someone else (the caller may retry on new ports), 1
# on other failures.
_sotto_prosody_wait_ready() {
	local dir=$1 pid=$2 log_offset=$3 port tls_port deadline new_log
	port=$(_sotto_conf_get "$dir/instance.env" PORT)
	tls_port=$(_sotto_conf_get "$dir/instance.env" TLS_PORT)
	deadline=$(($(_sotto_now_ms) + $(_sotto_timeout_ms)))
	while :; do
		new_log=$(tail -c +"$((log_offset + 1))" "$dir/prosody.log" 2>/dev/null || true)
		if [[ $new_log == *"Failed to open server port"* ]]; then
			return 2
		fi
		if [[ $new_log == *"sotto: server started"* ]]; then
			# Any error during startup (say, a module that failed to load)
			# would surface later as a baffling test failure: stop here.
			if [[ $new_log == *$'\terror\t'* ]]; then
				_sotto_err "Prosody logged errors during startup"
				return 1
			fi
			if _sotto_port_open "$port" && _sotto_port_open "$tls_port"; then
				return 0
			fi
		fi
		if ! _sotto_alive "$pid"; then
			_sotto_err "Prosody exited during startup"
			return 1
		fi
		if (($(_sotto_now_ms) >= deadline)); then
			_sotto_err "Prosody not ready after ${SOTTO_SERVICES_TIMEOUT:-15} s"
			return 1
		fi
		sleep 0.05
	done
}

# Starts the instance in DIR on its recorded ports and waits until it serves.
# Returns 2, silently, if a port is taken (the caller decides whether to pick
# new ports); 1 on other failures, with the log tail printed.
_sotto_prosody_start_once() {
	local dir=$1 bin pid offset rc=0
	bin=$(_sotto_prosody_bin) || return 1
	# The config is regenerated so a changed generator or log level applies.
	_sotto_prosody_write_config "$dir" || return 1
	offset=$(stat -c %s "$dir/prosody.log" 2>/dev/null || echo 0)
	_sotto_spawn "$dir" "$dir/prosody.pid" "$dir/prosody.log" \
		"$bin" -F --config "$dir/prosody.cfg.lua" || return 1
	pid=$(_sotto_pidfile_pid "$dir/prosody.pid")
	_sotto_prosody_wait_ready "$dir" "$pid" "$offset" || rc=$?
	if ((rc != 0)); then
		_sotto_terminate "$dir/prosody.pid" "$dir" prosody 5000
		if ((rc == 1)); then _sotto_log_tail "$dir/prosody.log"; fi
	fi
	return "$rc"
}

_sotto_prosody_port_conflict() {
	local line
	line=$(grep 'Failed to open server port' "$1/prosody.log" 2>/dev/null | tail -n 1) || true
	_sotto_err "a port of the Prosody instance in $1 is in use by another program: ${line#*$'\t'error$'\t'}"
}

# sotto_prosody_start DIR: starts the instance in DIR on its recorded ports
# (the same ones every time: tests restart the server under connected
# clients) and waits until it serves. No-op if it is already running.
# Returns 2 if a port is taken, 1 on other failures.
sotto_prosody_start() {
	local rc=0
	sotto_prosody_running "$1" && return 0
	_sotto_prosody_start_once "$1" || rc=$?
	((rc != 2)) || _sotto_prosody_port_conflict "$1"
	return "$rc"
}

# sotto_prosody_up DIR [DOMAIN]: init (if DIR holds no instance yet) + start.
# A fresh instance whose ports were grabbed between probing and binding gets
# new ports, up to 5 times; an existing instance keeps its ports (clients and
# tests rely on them), so a conflict there is an error.
sotto_prosody_up() {
	local dir=$1 domain=${2:-localhost} fresh=0 rc
	if [[ ! -e $dir/instance.env ]]; then
		sotto_prosody_init "$dir" "$domain" || return 1
		fresh=1
	fi
	sotto_prosody_running "$dir" && return 0
	for _ in 1 2 3 4 5; do
		rc=0
		_sotto_prosody_start_once "$dir" || rc=$?
		((rc == 2 && fresh)) || break
		_sotto_prosody_assign_ports "$dir" || return 1
	done
	((rc != 2)) || _sotto_prosody_port_conflict "$dir"
	return "$rc"
}

# sotto_prosody_stop DIR: graceful stop (SIGTERM: Prosody closes the streams
# with <system-shutdown/>), SIGKILL after 10 s. Idempotent.
sotto_prosody_stop() {
	# A server a test left paused would sit out SIGTERM until the SIGKILL.
	sotto_prosody_resume "$1" 2>/dev/null || true
	_sotto_terminate "$1/prosody.pid" "$1" prosody 10000
}

# sotto_prosody_kill DIR: simulates a crash (SIGKILL, no stream close).
sotto_prosody_kill() { _sotto_server_kill _sotto_prosody_pid "$1" "$1/prosody.pid"; }

# _sotto_server_kill PID_FUNCTION DIR PIDFILE: SIGKILLs the server instance in
# DIR (if running and ours) and forgets its PID.
_sotto_server_kill() {
	local pid
	pid=$("$1" "$2")
	if [[ -n $pid ]]; then
		kill -KILL "$pid" 2>/dev/null || true
		_sotto_wait_gone "$pid" 2000 || true
	fi
	rm -f -- "$3"
}

# sotto_prosody_pause DIR / sotto_prosody_resume DIR: freezes the server
# (SIGSTOP) with its sockets open, as a hung server or a dead network path
# looks to a client: TCP stays up, nothing answers. Tests of dead-connection
# detection (XEP-0199 ping) use it; keep the freeze short, the server is shared.
sotto_prosody_pause() { _sotto_server_signal _sotto_prosody_pid "$1" Prosody STOP; }
sotto_prosody_resume() { _sotto_server_signal _sotto_prosody_pid "$1" Prosody CONT; }

# _sotto_server_signal PID_FUNCTION DIR NAME SIGNAL: signals the running server
# instance in DIR (Prosody or ejabberd; PID_FUNCTION prints its PID if ours).
_sotto_server_signal() {
	local pid
	pid=$("$1" "$2")
	[[ -n $pid ]] || {
		_sotto_err "no running $3 in $2"
		return 1
	}
	kill -"$4" "$pid"
}

# sotto_prosody_register DIR USER PASS: creates (or resets the password of)
# USER@domain with prosodyctl, whether the server is running or not. The
# password goes through a pipe, never on a command line or in a log.
sotto_prosody_register() {
	local dir=$1 user=${2:-} pass=${3-} domain out
	[[ -n $user && $# -ge 3 ]] || {
		_sotto_err "usage: register USER PASS"
		return 1
	}
	domain=$(_sotto_conf_get "$dir/instance.env" DOMAIN)
	command -v prosodyctl >/dev/null || {
		_sotto_err "prosodyctl not found"
		return 1
	}
	if ! out=$(printf '%s\n%s\n' "$pass" "$pass" |
		prosodyctl --config "$dir/prosody.cfg.lua" register "$user" "$domain" 2>&1); then
		# prosodyctl's output is its password prompts, then the error.
		_sotto_err "could not register $user@$domain: $(printf '%s\n' "$out" | grep -v 'password:' | tail -n 2)"
		return 1
	fi
}

# sotto_prosody_describe DIR: prints the connection details of the instance.
sotto_prosody_describe() {
	local env=$1/instance.env
	printf 'host:        %s\n' "$(_sotto_conf_get "$env" HOST)"
	printf 'starttls:    %s\n' "$(_sotto_conf_get "$env" PORT)"
	printf 'direct tls:  %s\n' "$(_sotto_conf_get "$env" TLS_PORT)"
	printf 'domain:      %s\n' "$(_sotto_conf_get "$env" DOMAIN)"
	printf 'certificate: %s\n' "$(_sotto_conf_get "$env" CERT)"
	printf 'sha256:      %s\n' "$(_sotto_conf_get "$env" CERT_SHA256)"
	printf 'log:         %s\n' "$1/prosody.log"
}

# sotto_prosody_status DIR: one line; exit 0 if running, 3 if stopped.
sotto_prosody_status() { _sotto_server_status "$1" "$(_sotto_prosody_pid "$1")"; }

# _sotto_server_status DIR PID: the status line of the instance in DIR, whose
# PID is empty when it is not running.
_sotto_server_status() {
	local env=$1/instance.env
	if [[ -n $2 ]]; then
		printf 'running pid=%s host=%s port=%s tls_port=%s domain=%s\n' "$2" \
			"$(_sotto_conf_get "$env" HOST)" "$(_sotto_conf_get "$env" PORT)" \
			"$(_sotto_conf_get "$env" TLS_PORT)" "$(_sotto_conf_get "$env" DOMAIN)"
		return 0
	fi
	printf 'stopped\n'
	return 3
}

# sotto_prosody_ctl DIR COMMAND [ARGS]: the command interface behind the
# generated ctl script (SOTTO_TEST_SERVER_CTL) and scripts/local-server.
sotto_prosody_ctl() { _sotto_server_ctl prosody "$@"; }

# _sotto_server_ctl KIND DIR COMMAND [ARGS]: dispatches a ctl command to the
# sotto_KIND_* functions (KIND: prosody or ejabberd).
_sotto_server_ctl() {
	local kind=$1 dir=$2 cmd=${3:-}
	shift 3 || shift $#
	[[ -f $dir/instance.env ]] || {
		_sotto_err "no $kind instance in $dir"
		return 1
	}
	case $cmd in
	start | stop | kill | pause | resume | status) "sotto_${kind}_$cmd" "$dir" ;;
	restart) "sotto_${kind}_stop" "$dir" && "sotto_${kind}_start" "$dir" ;;
	register) "sotto_${kind}_register" "$dir" "$@" ;;
	*)
		_sotto_err "usage: ctl start|stop|restart|kill|pause|resume|status|register USER PASS"
		return 1
		;;
	esac
}

# ---------------------------------------------------------------------------
# Private D-Bus session bus + gnome-keyring (Secret Service)
# ---------------------------------------------------------------------------

# Our own bus config instead of the stock session.conf: same policy, but no
# <servicedir>, so nothing is ever auto-activated. That keeps untracked
# daemons (portals, dconf, a second keyring) from appearing, and makes a
# keyring prompt fail at once (no prompter service) instead of hanging.
_sotto_write_bus_config() {
	cat >"$1/dbus.conf" <<EOF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path=$1/runtime/bus</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
EOF
}

# Starts the bus and exports DBUS_SESSION_BUS_ADDRESS. With --fork,
# dbus-daemon only returns once the bus accepts connections.
_sotto_start_bus() {
	local dir=$1 address pid
	_sotto_write_bus_config "$dir" || return 1
	SOTTO_SERVICES_TAG=$dir dbus-daemon --config-file="$dir/dbus.conf" --fork \
		--print-address=1 --print-pid=1 </dev/null >"$dir/dbus.out" 2>"$dir/dbus.log" || {
		_sotto_err "dbus-daemon failed to start"
		_sotto_log_tail "$dir/dbus.log"
		return 1
	}
	{ read -r address && read -r pid; } <"$dir/dbus.out" || true
	[[ -n $address && $pid =~ ^[0-9]+$ ]] || {
		_sotto_err "dbus-daemon did not report its address"
		return 1
	}
	printf '%s\n' "$pid" >"$dir/dbus.pid"
	export DBUS_SESSION_BUS_ADDRESS=$address
}

_sotto_bus_has_name() {
	local reply
	reply=$(dbus-send --session --print-reply --dest=org.freedesktop.DBus \
		/org/freedesktop/DBus org.freedesktop.DBus.NameHasOwner "string:$1" 2>/dev/null) &&
		[[ $reply == *"boolean true"* ]]
}

# A store / lookup / clear round trip through the Secret Service default
# collection, as QtKeychain (libsecret) does it. `timeout` guards against a
# prompt that would wait forever for a user.
_sotto_secret_roundtrip() {
	local value got
	value="probe-$RANDOM$RANDOM"
	printf '%s' "$value" | timeout 10 secret-tool store --label='Sotto services probe' \
		sotto-services probe 2>/dev/null || return 1
	got=$(timeout 10 secret-tool lookup sotto-services probe 2>/dev/null) || return 1
	[[ $got == "$value" ]] || return 1
	timeout 10 secret-tool clear sotto-services probe 2>/dev/null || return 1
	! timeout 10 secret-tool lookup sotto-services probe >/dev/null 2>&1
}

# Starts gnome-keyring-daemon (secrets component only) on our bus with HOME and
# the XDG dirs inside DIR, so the user's real keyrings are never touched.
# --unlock reads the password from stdin and creates the "login" keyring with
# it; a "default" alias file pointing at "login" makes it the default
# collection, so a store needs no "create collection" prompt.
_sotto_start_keyring() {
	local dir=$1 home=$1/home deadline
	_sotto_mkdir_private "$home/.local/share/keyrings" || return 1
	printf 'login' >"$home/.local/share/keyrings/default"
	# The password only protects a throwaway keyring file in DIR; it is random
	# so that nothing predictable sits on disk, and it is never printed.
	_sotto_spawn --stdin "$dir" "$dir/keyring.pid" "$dir/keyring.log" \
		env -u DISPLAY -u WAYLAND_DISPLAY -u GNOME_KEYRING_CONTROL -u SSH_AUTH_SOCK \
		HOME="$home" XDG_RUNTIME_DIR="$dir/runtime" XDG_DATA_HOME="$home/.local/share" \
		XDG_CONFIG_HOME="$home/.config" XDG_CACHE_HOME="$home/.cache" \
		gnome-keyring-daemon --foreground --unlock --components=secrets \
		--control-directory="$dir/runtime/keyring" \
		< <(printf '%s' "$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')") || return 1
	deadline=$(($(_sotto_now_ms) + $(_sotto_timeout_ms)))
	until _sotto_bus_has_name org.freedesktop.secrets && _sotto_secret_roundtrip; do
		if ! _sotto_alive "$(_sotto_pidfile_pid "$dir/keyring.pid")"; then
			_sotto_err "gnome-keyring-daemon exited during startup"
			_sotto_log_tail "$dir/keyring.log"
			return 1
		fi
		if (($(_sotto_now_ms) >= deadline)); then
			_sotto_err "Secret Service store/lookup/clear through gnome-keyring did not work within ${SOTTO_SERVICES_TIMEOUT:-15} s"
			_sotto_log_tail "$dir/keyring.log"
			return 1
		fi
		sleep 0.1
	done
}

# Bus + keyring. Missing programs degrade (SOTTO_TEST_SECRET_SERVICE=0, keychain
# tests skip); installed programs that fail are an error. Either way
# DBUS_SESSION_BUS_ADDRESS points into DIR, never at the user's session bus.
_sotto_start_secret_service() {
	local dir=$1 tool
	_sotto_mkdir_private "$dir/runtime" || return 1
	export XDG_RUNTIME_DIR=$dir/runtime
	export DBUS_SESSION_BUS_ADDRESS="unix:path=$dir/runtime/no-bus"
	export SOTTO_TEST_SECRET_SERVICE=0
	for tool in dbus-daemon dbus-send gnome-keyring-daemon secret-tool; do
		if ! command -v "$tool" >/dev/null; then
			_sotto_warn "$tool not installed: no Secret Service, keychain tests will skip"
			return 0
		fi
	done
	_sotto_start_bus "$dir" || return 1
	_sotto_start_keyring "$dir" || return 1
	export SOTTO_TEST_SECRET_SERVICE=1
	_sotto_say "secret service: gnome-keyring, login keyring unlocked, on a private D-Bus session bus"
}

# A second, independent Secret Service in DIR ("another machine's keychain", for
# the backup restore test): prints its DBUS_SESSION_BUS_ADDRESS on stdout. Runs in
# a subshell so the caller's environment is untouched; stop it with
# sotto_extra_keyring_stop DIR.
sotto_extra_keyring_start() {
	local dir=$1
	(
		_sotto_mkdir_private "$dir/runtime" || exit 1
		export XDG_RUNTIME_DIR=$dir/runtime
		_sotto_start_bus "$dir" >&2 || exit 1
		_sotto_start_keyring "$dir" >&2 || exit 1
		printf '%s\n' "$DBUS_SESSION_BUS_ADDRESS"
	)
}

sotto_extra_keyring_stop() {
	local dir=$1
	_sotto_terminate "$dir/keyring.pid" "$dir" gnome-keyring-daemon 5000
	_sotto_terminate "$dir/dbus.pid" "$dir" dbus-daemon 5000
}

# ---------------------------------------------------------------------------
# Xvfb display
# ---------------------------------------------------------------------------

# Launches Xvfb without waiting (it is the slowest service, so it starts first
# and is collected last). -displayfd lets Xvfb pick a free display number
# itself — race-free between concurrent instances — and write it to fd 3 once
# it accepts clients. -noreset keeps it from resetting between tests when the
# last client disconnects. Access is limited by a cookie (-auth) so other
# local users cannot connect to the test display.
_sotto_display_launch() {
	local dir=$1
	command -v Xvfb >/dev/null && command -v xauth >/dev/null || return 1
	printf '%s\n' "$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')" >"$dir/x11-cookie" || return 1
	# The server accepts every cookie listed in its -auth file, whatever the
	# display number recorded with it; the client file is written once the
	# number is known.
	xauth -q -f "$dir/x11-server-auth" add :0 MIT-MAGIC-COOKIE-1 "$(<"$dir/x11-cookie")" \
		>/dev/null 2>&1 || return 1
	_sotto_spawn "$dir" "$dir/xvfb.pid" "$dir/xvfb.log" \
		Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp -noreset \
		-auth "$dir/x11-server-auth" 3>"$dir/x11-display"
}

# Waits for the display launched above; exports DISPLAY, XAUTHORITY and
# QT_QPA_PLATFORM=xcb. Returns 1 (after cleaning up) if it did not come up.
_sotto_display_wait() {
	local dir=$1 number="" deadline pid
	pid=$(_sotto_pidfile_pid "$dir/xvfb.pid")
	deadline=$(($(_sotto_now_ms) + $(_sotto_timeout_ms)))
	while :; do
		read -r number <"$dir/x11-display" 2>/dev/null || true
		[[ $number =~ ^[0-9]+$ ]] && break
		if ! _sotto_alive "$pid" || (($(_sotto_now_ms) >= deadline)); then
			_sotto_log_tail "$dir/xvfb.log" 10
			_sotto_terminate "$dir/xvfb.pid" "$dir" Xvfb 2000
			return 1
		fi
		sleep 0.05
	done
	xauth -q -f "$dir/Xauthority" add ":$number" MIT-MAGIC-COOKIE-1 "$(<"$dir/x11-cookie")" \
		>/dev/null 2>&1 || return 1
	export DISPLAY=":$number" XAUTHORITY="$dir/Xauthority" QT_QPA_PLATFORM=xcb
}

# Without a display, QML tests render offscreen; DISPLAY is unset so nothing
# can reach the desktop the tests were started from.
_sotto_display_fallback() {
	unset DISPLAY XAUTHORITY
	export QT_QPA_PLATFORM=offscreen
}

# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------

_sotto_save_env() {
	local var
	_SOTTO_SAVED_ENV=()
	for var in "${_SOTTO_EXPORTED_VARS[@]}"; do
		if [[ -v $var ]]; then
			_SOTTO_SAVED_ENV+=("$var=set:${!var}")
		else
			_SOTTO_SAVED_ENV+=("$var=unset")
		fi
	done
}

_sotto_restore_env() {
	local entry var value
	for entry in "${_SOTTO_SAVED_ENV[@]}"; do
		var=${entry%%=*}
		value=${entry#*=}
		if [[ $value == set:* ]]; then
			export "$var=${value#set:}"
		else
			unset "$var"
		fi
	done
	_SOTTO_SAVED_ENV=()
}

_sotto_export_xmpp() {
	local env=$1/instance.env
	export SOTTO_TEST_XMPP_HOST SOTTO_TEST_XMPP_PORT SOTTO_TEST_XMPP_TLS_PORT \
		SOTTO_TEST_XMPP_DOMAIN SOTTO_TEST_XMPP_CERT SOTTO_TEST_XMPP_CERT_SHA256 \
		SOTTO_TEST_SERVER_CTL
	SOTTO_TEST_XMPP_HOST=$(_sotto_conf_get "$env" HOST)
	SOTTO_TEST_XMPP_PORT=$(_sotto_conf_get "$env" PORT)
	SOTTO_TEST_XMPP_TLS_PORT=$(_sotto_conf_get "$env" TLS_PORT)
	SOTTO_TEST_XMPP_DOMAIN=$(_sotto_conf_get "$env" DOMAIN)
	SOTTO_TEST_XMPP_CERT=$(_sotto_conf_get "$env" CERT)
	SOTTO_TEST_XMPP_CERT_SHA256=$(_sotto_conf_get "$env" CERT_SHA256)
	SOTTO_TEST_SERVER_CTL=$1/ctl
}

# Undo a failed start, keeping the error output already printed.
_sotto_services_abort() {
	_sotto_err "start failed; stopping what was started"
	sotto_services_stop "$_SOTTO_SERVICES_OWNED"
	return 1
}

# sotto_services_start [--server prosody|ejabberd]
sotto_services_start() {
	local server=prosody dir tool
	while (($#)); do
		case $1 in
		--server)
			server=${2:-}
			shift 2 || shift
			;;
		--server=*)
			server=${1#--server=}
			shift
			;;
		*)
			_sotto_err "sotto_services_start: unknown argument '$1'"
			return 1
			;;
		esac
	done
	case $server in
	prosody | ejabberd) ;;
	*)
		_sotto_err "unknown server '$server' (expected prosody or ejabberd)"
		return 1
		;;
	esac
	if [[ -n $_SOTTO_SERVICES_OWNED && -e $_SOTTO_SERVICES_OWNED/.sotto-services ]]; then
		_sotto_err "services already started in $_SOTTO_SERVICES_OWNED (call sotto_services_stop first)"
		return 1
	fi
	for tool in openssl setsid; do
		command -v "$tool" >/dev/null || {
			_sotto_err "$tool not found"
			return 1
		}
	done

	_sotto_save_env
	dir=$(mktemp -d "${TMPDIR:-/tmp}/sotto-services.XXXXXXXX") || return 1
	touch "$dir/.sotto-services" # marks the dir as safe for stop to delete
	_SOTTO_SERVICES_OWNED=$dir
	export SOTTO_SERVICES_DIR=$dir

	local have_display=0
	_sotto_display_launch "$dir" && have_display=1

	if [[ $server == ejabberd ]]; then
		sotto_ejabberd_up "$dir/ejabberd" localhost || { _sotto_services_abort; return 1; }
	else
		sotto_prosody_up "$dir/prosody" localhost || { _sotto_services_abort; return 1; }
	fi
	_sotto_export_xmpp "$dir/$server"
	_sotto_say "$server: $SOTTO_TEST_XMPP_DOMAIN on $SOTTO_TEST_XMPP_HOST, starttls $SOTTO_TEST_XMPP_PORT, direct tls $SOTTO_TEST_XMPP_TLS_PORT, state $dir"

	_sotto_start_secret_service "$dir" || { _sotto_services_abort; return 1; }

	if ((have_display)) && _sotto_display_wait "$dir"; then
		_sotto_say "display: Xvfb $DISPLAY (1280x800x24), QT_QPA_PLATFORM=xcb"
	else
		_sotto_display_fallback
		_sotto_warn "no Xvfb display (not installed or failed to start): QT_QPA_PLATFORM=offscreen"
	fi
}

# sotto_services_stop [DIR]: stops everything the sotto_services_start of
# this shell started (or, given DIR, the session in DIR, e.g. from another
# process), removes the temp dir and restores the exported variables.
# Idempotent; always returns 0.
sotto_services_stop() {
	local dir=${1:-$_SOTTO_SERVICES_OWNED}
	if [[ -n $dir && -e $dir/.sotto-services && -O $dir ]]; then
		_sotto_terminate "$dir/xvfb.pid" "$dir" Xvfb 5000
		_sotto_terminate "$dir/keyring.pid" "$dir" gnome-keyring-daemon 5000
		_sotto_terminate "$dir/dbus.pid" "$dir" dbus-daemon 5000
		[[ -d $dir/prosody ]] && sotto_prosody_stop "$dir/prosody"
		[[ -d $dir/ejabberd ]] && sotto_ejabberd_stop "$dir/ejabberd"
		_sotto_sweep "$dir" "$dir/prosody" "$dir/ejabberd"
		if [[ ${SOTTO_SERVICES_KEEP:-0} == 1 ]]; then
			rm -f -- "$dir/.sotto-services"
			_sotto_say "kept $dir (SOTTO_SERVICES_KEEP=1)"
		else
			rm -rf -- "$dir"
		fi
	fi
	if [[ $dir == "$_SOTTO_SERVICES_OWNED" ]]; then
		_SOTTO_SERVICES_OWNED=""
		((${#_SOTTO_SAVED_ENV[@]} == 0)) || _sotto_restore_env
	fi
	return 0
}
