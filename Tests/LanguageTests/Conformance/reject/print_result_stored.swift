let n: Int = print("x")
