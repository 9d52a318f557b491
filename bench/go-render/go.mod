module github.com/lilypad-actions/bench/go-render

go 1.23

// Lilypad's render semantics (subst, input encoding) live once, in the test oracle.
require lilypad-actions/oracle v0.0.0

replace lilypad-actions/oracle => ../../test/oracle
