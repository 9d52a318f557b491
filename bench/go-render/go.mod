module github.com/lilypad-actions/bench/go-render

go 1.22
