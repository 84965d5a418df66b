var x: Int = 3
x = nil
