

  
	
x
