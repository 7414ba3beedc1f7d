s = 'héllo wörld 数字 😀'
