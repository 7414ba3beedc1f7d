a; b; c;
