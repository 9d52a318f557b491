module lilypad-actions/oracle

go 1.23
