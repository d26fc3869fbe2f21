#!/usr/bin/python3
# A local SMTP relay for the mail tests (scripts/with-smtp): STARTTLS required before anything
# else, AUTH required (one test account, only over TLS), each accepted message saved as a file.
# Usage: smtp_relay.py DIR  (DIR holds cert.pem and key.pem; writes DIR/port, mail to DIR/mail)
import asyncio
import pathlib
import signal
import socket
import ssl
import sys

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

USER = b"stip"
PASSWORD = b"relay-wachtwoord-voor-tests"


class Saver:
    def __init__(self, directory):
        self.dir = directory
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        login = session.auth_data.login.decode() if session.auth_data else ""
        head = "MAIL FROM:<%s>\nRCPT TO:%s\nAUTH:%s\nTLS:%s\n\n" % (
            envelope.mail_from, ",".join("<%s>" % r for r in envelope.rcpt_tos), login,
            "yes" if session.ssl else "no")
        (self.dir / ("%04d.eml" % self.count)).write_bytes(head.encode() + envelope.original_content)
        return "250 OK queued"


def authenticate(server, session, envelope, mechanism, auth_data):
    ok = isinstance(auth_data, LoginPassword) and auth_data.login == USER \
        and auth_data.password == PASSWORD
    return AuthResult(success=ok, handled=False, auth_data=auth_data)


def main():
    base = pathlib.Path(sys.argv[1])
    mail = base / "mail"
    mail.mkdir(exist_ok=True)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(str(base / "cert.pem"), str(base / "key.pem"))
    # A free port: the controller checks it is up by connecting, so it cannot take port 0.
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    controller = Controller(Saver(mail), hostname="127.0.0.1", port=port, tls_context=context,
                            require_starttls=True, authenticator=authenticate,
                            auth_required=True, auth_require_tls=True, ready_timeout=10)
    controller.start()
    (base / "port.tmp").write_text(str(port))
    (base / "port.tmp").rename(base / "port")
    stop = asyncio.Event()
    loop = asyncio.new_event_loop()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.add_signal_handler(signal.SIGINT, stop.set)
    loop.run_until_complete(stop.wait())
    controller.stop()


if __name__ == "__main__":
    main()
