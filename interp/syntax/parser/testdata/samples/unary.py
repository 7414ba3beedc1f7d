-a
+a
~a
-1
--1
-(1)
not -a
