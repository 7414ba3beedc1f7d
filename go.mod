module github.com/bytepy/bytepy

go 1.26
