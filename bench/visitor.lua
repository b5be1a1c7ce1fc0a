-- wrk: one visitor's pace, a page every 50 ms per connection, so that the
-- latency of pages can be measured while something else loads the server.
function delay()
  return 50
end
