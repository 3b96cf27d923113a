"""PROTOTYPE: waitress (as kg serve) with queries in-process: splits waitress's cost from the
process hop's."""

import sys

from waitress.server import create_server

from bench.inproc.wsgi import app

port, threads = int(sys.argv[1]), int(sys.argv[2])
srv = create_server(
    app,
    host="127.0.0.1",
    port=port,
    threads=threads,
    ident="parley",
    clear_untrusted_proxy_headers=True,
    asyncore_use_poll=True,
)
sys.setswitchinterval(0.0005)
srv.run()
