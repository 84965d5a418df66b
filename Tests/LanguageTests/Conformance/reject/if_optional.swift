let a: Int? = 3
if a { print(1) }
