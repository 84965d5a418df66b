let t: (Int, String) = ("a", 1)
print(t)
