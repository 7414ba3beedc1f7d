import dis
