-- Keys are now stored in the transaction of the command they protect, so a key is never seen "in progress" by
-- anyone else. Keys left in progress by a process killed under the earlier scheme had no stored answer and blocked
-- every retry: they are released (the request was either not stored, or its client already saw it fail).
DELETE FROM idempotencia WHERE status = 0;
