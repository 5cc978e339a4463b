#!/usr/bin/env python3
"""A real SMTP server on loopback for the delivery tests and benchmark (aiosmtpd).

Each message it accepts is parsed back by Python's email module and written to OUT/NNNNNN.json:
the envelope, the decoded headers, the plain-text and HTML parts and the parser's defects. It
prints "PORT <n>" once it listens, counts the connections it was opened in OUT/connections, and
stops by itself after --lifetime seconds. Its misbehaviour is scripted:
  --replies 451,250   the answer to each message's end of data, in turn (then 250)
  --reject-rcpt ADDR  550 for that recipient
  --drop-at-data N    close the connection on the DATA command, for the first N messages
  --drop-after-body N close it after the whole message came, before answering (first N)
  --count-only        keep no message, count them in OUT/count (for the benchmark)
"""
import argparse
import email
import email.policy
import json
import logging
import os
import signal
import socket
import ssl
import threading
import warnings

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class State:
    def __init__(self, args):
        self.args = args
        self.replies = [r for r in args.replies.split(",") if r] if args.replies else []
        self.drop_at_data = args.drop_at_data
        self.drop_after_body = args.drop_after_body
        self.connections = 0
        self.messages = 0
        self.lock = threading.Lock()

    def note_connection(self):
        with self.lock:
            self.connections += 1
            with open(os.path.join(self.args.out, "connections"), "w") as f:
                f.write(str(self.connections))


def text_of(message, kind):
    part = message.get_body(preferencelist=(kind,))
    return part.get_content() if part is not None else None


class Handler:
    def __init__(self, state):
        self.state = state

    async def handle_RCPT(self, server, session, envelope, address, options):
        if self.state.args.reject_rcpt and address == self.state.args.reject_rcpt:
            return "550 5.1.1 No such mailbox here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        state = self.state
        with state.lock:
            if state.drop_after_body > 0:
                state.drop_after_body -= 1
                drop = True
            else:
                drop = False
            reply = state.replies.pop(0) if state.replies else "250"
        if not drop and not reply.startswith("2"):
            return reply + " Try again later" if reply.startswith("4") else reply + " Refused"
        with state.lock:
            state.messages += 1
            number = state.messages
        if state.args.count_only:
            with open(os.path.join(state.args.out, "count"), "w") as f:
                f.write(str(number))
            return "250 2.0.0 Ok: queued as M%06d" % number
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        record = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "from": str(message["From"]),
            "to": str(message["To"]),
            "reply_to": str(message["Reply-To"]) if message["Reply-To"] else None,
            "subject": str(message["Subject"]),
            "message_id": str(message["Message-ID"]),
            "date": str(message["Date"]),
            "content_type": message.get_content_type(),
            "text": text_of(message, "plain"),
            "html": text_of(message, "html"),
            "defects": [type(d).__name__ for d in message.defects]
            + [type(d).__name__ for p in message.walk() for d in p.defects],
            # Over implicit TLS the server speaks nothing else.
            "tls": session.ssl is not None or state.args.implicit_tls,
            "dropped": drop,
        }
        path = os.path.join(state.args.out, "%06d.json" % number)
        with open(path + ".part", "w") as f:
            json.dump(record, f)
        os.rename(path + ".part", path)
        if drop:
            server.transport.close()
            return "250 never heard"
        return "250 2.0.0 Ok: queued as M%06d" % number


class ScriptedSMTP(SMTP):
    state = None

    async def smtp_DATA(self, arg):
        state = ScriptedSMTP.state
        with state.lock:
            drop = state.drop_at_data > 0
            if drop:
                state.drop_at_data -= 1
        if drop:
            self.transport.close()
            return
        await super().smtp_DATA(arg)


class ScriptedController(Controller):
    def __init__(self, state, handler, **kwargs):
        self.state = state
        super().__init__(handler, **kwargs)

    def factory(self):
        self.state.note_connection()
        return ScriptedSMTP(self.handler, **self.SMTP_kwargs)


def main():
    warnings.simplefilter("ignore")  # aiosmtpd's own deprecations, and AUTH without TLS on loopback
    logging.disable(logging.WARNING)
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    parser.add_argument("--tls-cert")
    parser.add_argument("--tls-key")
    parser.add_argument("--implicit-tls", action="store_true")
    parser.add_argument("--user")
    parser.add_argument("--password")
    parser.add_argument("--replies", default="")
    parser.add_argument("--reject-rcpt")
    parser.add_argument("--drop-at-data", type=int, default=0)
    parser.add_argument("--drop-after-body", type=int, default=0)
    parser.add_argument("--lifetime", type=float, default=600)
    parser.add_argument("--count-only", action="store_true")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    state = State(args)
    ScriptedSMTP.state = state
    port = free_port()
    kwargs = {"hostname": "127.0.0.1", "port": port}
    smtp = {"data_size_limit": 10 * 1024 * 1024}
    if args.tls_cert:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.tls_cert, args.tls_key)
        if args.implicit_tls:
            kwargs["ssl_context"] = context
        else:
            smtp["tls_context"] = context
            smtp["require_starttls"] = True
    if args.user:
        def check(server, session, envelope, mechanism, auth_data):
            ok = auth_data.login == args.user.encode() and auth_data.password == args.password.encode()
            return AuthResult(success=ok, handled=False)
        smtp["authenticator"] = check
        smtp["auth_required"] = True
        # Over TLS from the first byte there is no STARTTLS to require.
        smtp["auth_require_tls"] = bool(args.tls_cert) and not args.implicit_tls
    controller = ScriptedController(state, Handler(state), server_kwargs=smtp, **kwargs)
    controller.start()
    # start() opened one connection of its own to see the server answer.
    with state.lock:
        state.connections = -1
    state.note_connection()
    print("PORT %d" % port, flush=True)
    done = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: done.set())
    done.wait(args.lifetime)
    controller.stop()


if __name__ == "__main__":
    main()
