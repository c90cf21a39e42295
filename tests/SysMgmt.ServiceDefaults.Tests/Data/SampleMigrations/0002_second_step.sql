CREATE TABLE sample.b (id int);
