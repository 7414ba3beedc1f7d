if x:
	 y
	 z
