"""planlint"""
