-- wrk: sign in with the benchmark account, as a browser form post does.
wrk.method = "POST"
wrk.body = "login=bench&password=correct+horse+battery+staple"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Origin"] = os.getenv("BASE_URL") or "http://127.0.0.1:3200"
